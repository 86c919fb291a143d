import { describe, expect, it } from "vitest";
import { date, money, number, percentage } from "./quantity-rules";
import { factsOf } from "./test-facts";

describe("percentage", () => {
  it.each([
    "Turnout was 58.3% this year.",
    "Prices rose 4 percent in March.",
    "Support fell by two percentage points.",
  ])("finds one in %j", (s) => {
    expect(percentage(factsOf(s))).toBe("a percentage");
  });
  it.each(["The council met on Tuesday.", "A hundred people came."])("finds none in %j", (s) => {
    expect(percentage(factsOf(s))).toBeNull();
  });
});

describe("money", () => {
  it.each([
    "It cost $4.2 billion.",
    "The budget is £48.6 million.",
    "The fine was 380,000 dollars.",
    "Profit fell to €214 million.",
  ])("finds money in %j", (s) => {
    expect(money(factsOf(s))).toBe("money");
  });
  it.each(["The bakery sells bread.", "He spent three years abroad."])("finds none in %j", (s) => {
    expect(money(factsOf(s))).toBeNull();
  });
});

describe("date", () => {
  it.each([
    "He resigned in 2020.",
    "The report was released on 17 March 2021.",
    "Grants open from 1 March.",
  ])("finds a date in %j", (s) => {
    expect(date(factsOf(s))).toBe("a date");
  });
  it.each(["The council met on Tuesday.", "Profits fell last year.", "It rained all day."])(
    "leaves weekdays and relative dates out in %j",
    (s) => {
      expect(date(factsOf(s))).toBeNull();
    },
  );
});

describe("number", () => {
  it.each(["Three sources said so.", "The vote was 7 to 2.", "It was a 15-page report."])(
    "finds a number in %j",
    (s) => {
      expect(number(factsOf(s))).toBe("a number");
    },
  );
  it.each([
    "One of them left early.",
    "Prices rose 4 percent.",
    "He resigned in 2020.",
    "The mood was festive.",
  ])("finds none beside other rules' figures in %j", (s) => {
    expect(number(factsOf(s))).toBeNull();
  });
});

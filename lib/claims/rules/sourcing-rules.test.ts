import { describe, expect, it } from "vitest";
import { anonymousSourcing, attribution, namedReport } from "./sourcing-rules";
import { factsOf } from "./test-facts";

describe("attribution", () => {
  it.each([
    "The minister said the plan was ready.",
    "Rents rose, according to a charity.",
    "Two sources told Reuters about it.",
    "Moscow has denied involvement.",
  ])("finds one in %j", (s) => {
    expect(attribution(factsOf(s))).toBe("an attribution");
  });
  it.each([
    "The United States imposed sanctions.",
    "Children danced on the cobbles.",
    "The meeting began late.",
  ])("finds none in %j", (s) => {
    expect(attribution(factsOf(s))).toBeNull();
  });
});

describe("anonymous sourcing", () => {
  it.each([
    "Three sources said on condition of anonymity that it would happen.",
    "People familiar with the matter said talks had stalled.",
    "A person familiar with the plan confirmed it.",
    "One analyst, who asked not to be named, disagreed.",
    "The deal is done, according to two sources.",
  ])("finds it in %j", (s) => {
    expect(anonymousSourcing(factsOf(s))).toBe("anonymous sourcing");
  });
  it.each(["The minister said the plan was ready.", "The report cites public sources."])(
    "finds none in %j",
    (s) => {
      expect(anonymousSourcing(factsOf(s))).toBeNull();
    },
  );
});

describe("named report or study", () => {
  it.each([
    "A study published on Wednesday found a link.",
    "The report by the Office of the Director of National Intelligence names him.",
    "Government figures show a fall in exercise.",
  ])("finds one in %j", (s) => {
    expect(namedReport(factsOf(s))).toBe("a named report or study");
  });
  it.each([
    "He will report back tomorrow.",
    "She writes a report every week.",
    "The team plans to look at sleep.",
  ])("finds none in %j", (s) => {
    expect(namedReport(factsOf(s))).toBeNull();
  });
});

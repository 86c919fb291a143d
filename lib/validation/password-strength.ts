import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

/** zxcvbn's score: 0–1 is guessable in under a million tries (password123, Password1!, qwertyuiop). */
const MIN_PASSWORD_SCORE = 2;

let factory: ZxcvbnFactory | null = null;

function estimator(): ZxcvbnFactory {
  // Built on first use: the dictionaries are large, and most requests never set a password.
  // maxLength bounds the matcher's work, which grows fast with the input's length.
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
    maxLength: 64,
  });
  return factory;
}

const WARNINGS: Record<string, string> = {
  topTen: "it is one of the ten most common passwords",
  topHundred: "it is one of the hundred most common passwords",
  common: "it is a commonly used password",
  similarToCommon: "it is close to a commonly used password",
  userInputs: "it contains your name or email address",
  straightRow: "it is a straight row of keys",
  keyPattern: "it is a short keyboard pattern",
  simpleRepeat: "it repeats the same characters",
  extendedRepeat: "it repeats the same pattern",
  sequences: "it is a common character sequence",
  recentYears: "it is a recent year",
  dates: "it is a date",
};

/** Why a new password is too easy to guess, or null when it is strong enough. */
export function weakPasswordReason(
  password: string,
  userInputs: readonly string[] = [],
): string | null {
  const result = estimator().check(
    password,
    userInputs.filter(Boolean).map((input) => input.toLowerCase()),
  );
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = result.feedback.warning ? WARNINGS[result.feedback.warning] : undefined;
  return `This password is too easy to guess${why ? `: ${why}` : ""}. Add more words or characters.`;
}

import { describe, expect, it } from "vitest";
import { changePasswordSchema, passwordSchema, signUpSchema } from "./users";
import { weakPasswordReason } from "./password-strength";

describe("new passwords", () => {
  it.each([
    "password123",
    "Password1!",
    "qwertyuiop",
    "1234567890",
    "iloveyou12",
    "letmein2024",
    "aaaaaaaaaaaa",
  ])("refuses the common or guessable %s", (password) => {
    const parsed = passwordSchema.safeParse(password);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/too easy to guess/);
  });

  it.each(["violet-harbour-47", "correct horse battery", "a-long-enough-password"])(
    "accepts %s",
    (password) => {
      expect(passwordSchema.safeParse(password).success).toBe(true);
    },
  );

  it("says which rule a short password breaks, once", () => {
    const parsed = passwordSchema.safeParse("abc");
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([
      "Use at least 10 characters",
    ]);
  });

  it("refuses a password made of the person's own name or email at sign-up", () => {
    const parsed = signUpSchema.safeParse({
      name: "Marguerite Okonkwo",
      email: "marguerite.okonkwo@example.org",
      password: "marguerite.okonkwo1",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["password"]);
  });

  it("applies to password changes too", () => {
    expect(
      changePasswordSchema.safeParse({
        currentPassword: "x",
        newPassword: "password123",
        confirmPassword: "password123",
      }).success,
    ).toBe(false);
  });

  it("explains why in words", () => {
    expect(weakPasswordReason("password123")).toBe(
      "This password is too easy to guess: it is a commonly used password. Add more words or characters.",
    );
    expect(weakPasswordReason("violet-harbour-47")).toBeNull();
  });
});

import type { InputHTMLAttributes, ReactNode } from "react";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/constants";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
};

/** A labelled input whose errors are tied to it with aria-describedby. */
export function Field({ label, name, errors, hint, id, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const describedBy =
    [errors?.length ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={inputId}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 shadow-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30 aria-[invalid]:border-red-700"
        {...input}
      />
      {hint && (
        <p id={hintId} className="text-xs text-stone-600">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={errorId} className="text-sm text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A password being chosen: the rule the server applies, said beside the field, and the browser told it is a new one. */
export function NewPasswordField({
  label,
  name,
  errors,
}: {
  label: string;
  name: string;
  errors?: string[];
}) {
  return (
    <Field
      label={label}
      name={name}
      type="password"
      autoComplete="new-password"
      required
      minLength={MIN_PASSWORD_LENGTH}
      hint={`At least ${MIN_PASSWORD_LENGTH} characters, and not a common password.`}
      errors={errors}
    />
  );
}

/** The article header's row of actions (Export, Import, Assign article…): one size and look for all. */
export const TOOLBAR_BUTTON =
  "rounded-md border border-stone-300 bg-white px-3 py-1 text-sm font-medium text-stone-900 hover:bg-stone-100 focus-visible:ring-2 focus-visible:ring-blue-600";

export function Button({
  children,
  variant = "primary",
  size = "md",
  className = "",
  ...props
}: React.ComponentProps<"button"> & {
  variant?: "primary" | "secondary" | "danger";
  size?: "md" | "sm";
}) {
  // `sm` matches TOOLBAR_BUTTON's box, for a Button that sits in that row.
  const box = size === "sm" ? "px-3 py-1" : "px-4 py-2";
  const styles = {
    primary: "bg-stone-900 text-white hover:bg-stone-700 disabled:bg-stone-400",
    secondary:
      "border border-stone-300 bg-white text-stone-900 hover:bg-stone-100 disabled:text-stone-400",
    danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50 disabled:text-red-300",
  }[variant];
  return (
    <button
      className={`inline-flex items-center justify-center gap-2 rounded-md ${box} text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 ${styles} ${className}`}
      {...props}
    >
      {children}
    </button>
  );
}

export function Alert({
  children,
  tone = "error",
}: {
  children: ReactNode;
  tone?: "error" | "success" | "info";
}) {
  const styles = {
    error: "border-red-300 bg-red-50 text-red-900",
    success: "border-green-300 bg-green-50 text-green-900",
    info: "border-stone-300 bg-white text-stone-800",
  }[tone];
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-md border px-3 py-2 text-sm ${styles}`}
    >
      {children}
    </div>
  );
}

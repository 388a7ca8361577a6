import type { ComponentProps } from "react";

const VARIANTS = {
  primary: "bg-accent text-white hover:bg-accent-strong border-accent",
  secondary: "bg-white text-ink hover:bg-chrome border-[#6b7785]",
  danger: "bg-danger text-white hover:bg-[#8f1e18] border-danger",
} as const;

export function buttonClass(variant: keyof typeof VARIANTS = "primary") {
  return `inline-flex items-center justify-center gap-2 rounded border px-4 py-2 font-semibold no-underline disabled:cursor-not-allowed disabled:opacity-60 ${VARIANTS[variant]}`;
}

export function Button({ variant = "primary", className, type = "button", ...props }: ComponentProps<"button"> & { variant?: keyof typeof VARIANTS }) {
  return <button type={type} {...props} className={`${buttonClass(variant)} ${className ?? ""}`} />;
}

import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** Class names composed with clsx, Tailwind conflicts resolved by tailwind-merge (shadcn/ui's helper). */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}

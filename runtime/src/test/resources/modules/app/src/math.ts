export function add(a: number, b: number): number {
  return a + b;
}
export const value: string = "math.ts";

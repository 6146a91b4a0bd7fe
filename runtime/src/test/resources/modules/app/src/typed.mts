const n: number = 1;
export const value = `typed.mts ${n}`;

interface Line {
  sku: string;
  cents: number;
}

type Discount = { percent: number };


export function total(lines: Line[], discount?: Discount): number {
  const sum: number = lines.reduce((acc: number, l: Line) => acc + l.cents, 0);

  if (discount && discount.percent > 100) {
    throw new RangeError("discount above 100%");
  }
  return discount ? sum - (sum * discount.percent) / 100 : sum;
}

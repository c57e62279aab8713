// The verdict on one typed answer. 'invalid' means it could not be read (a typo, an unknown name, a wrong
// shape): no judgement on the mathematics yet, and start/end say where in the input the problem is.
export type CheckResult =
  | { readonly verdict: 'correct'; readonly message: string }
  | { readonly verdict: 'wrong'; readonly message: string }
  | { readonly verdict: 'invalid'; readonly message: string; readonly start?: number; readonly end?: number }

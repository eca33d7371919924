# jq -s -f bench/median_ci.jq: numbers (one ratio per round) -> their
# median and a 95% confidence interval for it that assumes nothing of
# their distribution: the order statistics k and n+1-k, with k the
# largest for which a Binomial(n, 1/2) falls below k with probability at
# most 2.5% (each round's ratio lies on either side of the true median
# with even odds).  With fewer than 6 rounds there is no such k: lo and
# hi are null.
def median: sort | if length % 2 == 1 then .[length / 2 | floor]
  else (.[length / 2 - 1] + .[length / 2]) / 2 end;
# P(X < k) for X ~ Binomial(n, 1/2), k = 0..n, as an array.
def below($n): reduce range(0; $n) as $j
  ({ pmf: pow(0.5; $n), cdf: [0] };
   .cdf += [.cdf[-1] + .pmf] | .pmf = .pmf * ($n - $j) / ($j + 1)) | .cdf;
sort as $x | ($x | length) as $n | below($n) as $c |
([range(1; $n + 1) | select($c[.] <= 0.025)] | max) as $k |
{ n: $n, median: ($x | median),
  lo: (if $k == null then null else $x[$k - 1] end),
  hi: (if $k == null then null else $x[$n - $k] end) }

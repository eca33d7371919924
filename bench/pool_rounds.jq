# jq -s -f bench/pool_rounds.jq ROUND.json...: hyperfine's exports of the
# same commands, one per round, as one export whose every command has the
# times of all rounds and their mean, median and standard deviation.
def median: sort | if length % 2 == 1 then .[length / 2 | floor]
  else (.[length / 2 - 1] + .[length / 2]) / 2 end;
def mean: add / length;
def sd: mean as $m | (map(. - $m | . * .) | add / (length - 1)) | sqrt;
{ results: [ range(0; .[0].results | length) as $i |
  [ .[].results[$i] ] | { command: .[0].command, times: (map(.times) | add) } |
  .mean = (.times | mean) | .median = (.times | median) | .stddev = (.times | sd) ] }

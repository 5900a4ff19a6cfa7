# Writes sim6(n, seed) of the lavaan timing script (02_timings.R) as CSV.
# Usage: Rscript sim6.R N SEED OUT.csv
args <- commandArgs(trailingOnly = TRUE)
n <- as.numeric(args[1]); seed <- as.integer(args[2])
sim6 <- function(n, seed) {
  set.seed(seed)
  x1 <- rbinom(n, 1, 0.15)
  x2 <- rpois(n, 2)
  m1 <- 0.4 * x1 + 0.2 * x2 + rnorm(n)
  m2 <- 0.3 * x1 + 0.1 * x2 + 0.3 * m1 + rnorm(n)
  y1 <- 0.3 * m1 + 0.2 * m2 + 0.05 * x1 + rnorm(n)
  y2 <- 0.2 * m1 + 0.3 * m2 + 0.2 * y1 + rnorm(n)
  data.frame(x1, x2, m1, m2, y1, y2)
}
write.csv(sim6(n, seed), args[3], row.names = FALSE)

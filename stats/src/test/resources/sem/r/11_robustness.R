# chisq, logl and npar of assorted models (cross-loading, one factor, latent and observed paths, quadratic
# growth, saturated regression, fixed covariance) for the Java optimiser's robustness test.
# Run in this folder: Rscript 11_robustness.R > 11_robustness.out 2>&1
suppressPackageStartupMessages(library(lavaan))
out <- ".."
rows <- list()
for (line in readLines(file.path(out, "robustness_models.txt"))) {
  parts <- strsplit(line, "\\|")[[1]]
  d <- read.csv(file.path(out, parts[2]))
  fit <- do.call(parts[3], list(model = parts[4], data = d))
  f <- fitMeasures(fit, c("chisq", "logl", "npar"))
  rows[[length(rows) + 1]] <- data.frame(case = parts[1], chisq = f[["chisq"]], logl = f[["logl"]], npar = f[["npar"]])
}
res <- do.call(rbind, rows)
print(res, row.names = FALSE, digits = 12)
write.csv(res, file.path(out, "ref_robustness.csv"), row.names = FALSE)

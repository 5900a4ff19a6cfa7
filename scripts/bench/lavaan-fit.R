# The lavaan side of cli-vs-rscript.sh: read a CSV and a model file, fit, print the summary.
# Usage: Rscript lavaan-fit.R sem|cfa DATA.csv MODEL.lav
args <- commandArgs(trailingOnly = TRUE)
suppressPackageStartupMessages(library(lavaan))
fun <- switch(args[1], sem = sem, cfa = cfa, stop("function must be sem or cfa"))
data <- read.csv(args[2])
model <- paste(readLines(args[3]), collapse = "\n")
fit <- fun(model, data = data)
print(summary(fit))

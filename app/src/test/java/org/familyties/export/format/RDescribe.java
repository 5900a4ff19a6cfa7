package org.familyties.export.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.familyties.export.ExternalTools;

/** Reads a file with R (haven) and prints one line per variable: name|class|label|labels|na|values. */
final class RDescribe {

    private RDescribe() {
    }

    static String describe(Path dir, String readExpression) throws IOException {
        String script = """
                suppressPackageStartupMessages(library(haven))
                d <- %s
                show <- function(x) {
                  if (inherits(x, "Date")) return(ifelse(is.na(x), "NA", format(x)))
                  if (is.numeric(x)) {
                    tags <- if (inherits(x, "haven_labelled")) na_tag(x) else rep(NA, length(x))
                    u <- as.numeric(unclass(x))
                    v <- vapply(seq_along(u), function(i) {
                      if (!is.na(tags[i])) paste0("NA(", tags[i], ")")
                      else if (is.na(u[i])) "NA" else format(u[i], digits = 15)
                    }, "")
                    return(v)
                  }
                  ifelse(is.na(x), "NA", x)
                }
                lab <- function(l) {
                  if (is.null(l)) return("")
                  tags <- na_tag(l)
                  codes <- ifelse(is.na(tags), vapply(as.numeric(unclass(l)), format, "", digits = 15), paste0("NA(", tags, ")"))
                  paste(paste0(codes, "=", names(l)), collapse = ";")
                }
                for (n in names(d)) {
                  x <- d[[n]]
                  na <- attr(x, "na_values")
                  cat(n, class(x)[1], if (is.null(attr(x, "label"))) "" else attr(x, "label"), lab(attr(x, "labels")),
                      if (is.null(na)) "" else paste(na, collapse = ";"), paste(show(x), collapse = ";"), sep = "|")
                  cat("\\n")
                }
                """.formatted(readExpression);
        Files.writeString(dir.resolve("describe.R"), script);
        return ExternalTools.runOk(dir, "Rscript", "--vanilla", "describe.R");
    }
}

package org.familyties.retention;

import java.util.List;

import org.familyties.study.StudyDesign;
import org.familyties.study.Wave;

/** A study's tracing worklist for one wave, highest priority first, with the weights used. */
public record Worklist(StudyDesign design, Wave wave, PriorityWeights weights, List<WorklistRow> rows) {
}

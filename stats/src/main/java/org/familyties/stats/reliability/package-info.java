/**
 * Internal consistency of scales: {@link org.familyties.stats.reliability.ScaleReliability} gives a
 * {@link org.familyties.stats.reliability.ReliabilityResult} with Cronbach's alpha and McDonald's omega; the command
 * line front end is {@code familyties reliability}.
 */
package org.familyties.stats.reliability;

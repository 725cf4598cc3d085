/**
 * The intervention pages: each intervention with its steps, who must act and by when, its notes,
 * remedial plans and director reviews, and the forms that propose, agree, reject and revise plans
 * and record reviews.
 */
package org.goldenthread.intervention.web;

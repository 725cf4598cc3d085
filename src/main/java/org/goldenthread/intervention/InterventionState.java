package org.goldenthread.intervention;

/** Whether an intervention is open, or closed by a return to Green. */
public enum InterventionState {
  OPEN,
  CLOSED
}

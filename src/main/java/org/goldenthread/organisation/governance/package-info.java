/**
 * Governance: the council's bodies (Cabinet, committees, partnership boards), their members and the
 * portfolios of its Cabinet members.
 */
@NamedInterface("governance")
package org.goldenthread.organisation.governance;

import org.springframework.modulith.NamedInterface;

/** The organisation pages and API: the council, its units, people, bodies and portfolios. */
package org.goldenthread.organisation.web;

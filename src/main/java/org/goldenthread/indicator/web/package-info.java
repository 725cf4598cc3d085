/** The indicator pages and API: thin shells over the indicator service, data entry and results. */
package org.goldenthread.indicator.web;

/** The framework pages and API: the golden thread, its items and the plans that hold them. */
package org.goldenthread.framework.web;

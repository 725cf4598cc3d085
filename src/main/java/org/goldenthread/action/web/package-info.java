/** The action pages and API: the register, an action's page and its forms. */
package org.goldenthread.action.web;

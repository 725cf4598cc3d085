package org.goldenthread.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the demo council is loaded on first start and its demo sign-ins work
 * (GOLDENTHREAD_DEMO_ENABLED).
 */
@ConfigurationProperties("goldenthread.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled) {}

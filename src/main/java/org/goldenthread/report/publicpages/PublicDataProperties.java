package org.goldenthread.report.publicpages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The licence the council's open data is published under, named on every public data page and in
 * every download (GOLDENTHREAD_PUBLIC_DATA_LICENCE, GOLDENTHREAD_PUBLIC_DATA_LICENCE_URL).
 */
@ConfigurationProperties("goldenthread.public-data")
public record PublicDataProperties(
    @DefaultValue("Open Government Licence v3.0") String licence,
    @DefaultValue("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
        String licenceUrl) {}

package org.goldenthread.risk.heatmap;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.goldenthread.risk.api.RiskApiFixture;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The heat map page and a cell's page, as a member and as a risk's owner see them. */
@GoldenThreadTest
class HeatMapPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired RiskApiFixture fixture;

  private RiskApiFixture.Risks r;
  private long corporate;

  @BeforeEach
  void setUp() {
    r = fixture.create();
    corporate = r.corporate().getId();
  }

  private ResultActions page(String username, String path) throws Exception {
    return mvc.perform(get(path).with(users.as(username)));
  }

  private String cell(String scores, int likelihood, int impact) {
    return "/risks/heat-map/cell?register="
        + corporate
        + "&amp;scores="
        + scores
        + "&amp;likelihood="
        + likelihood
        + "&amp;impact="
        + impact;
  }

  @Test
  void theMapIsAnImageWithWordsAndATableWhoseCellsLinkToTheirRisks() throws Exception {
    page("councillor", "/risks/heat-map?register=" + corporate + "&scores=current")
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("role=\"img\""),
                        containsString("<title id=\"heat-map-title\">Heat map of "),
                        containsString("3 risks open, placed by current score."),
                        containsString(
                            "Likelihood 3 (Possible), impact 4 (Major), score 12 Medium: 1 risk."),
                        containsString("<th scope=\"row\""),
                        containsString("<th scope=\"col\""),
                        containsString(cell("current", 3, 4)),
                        containsString(cell("current", 3, 3)),
                        not(containsString(cell("current", 4, 5))),
                        containsString("since <span>30 September 2026</span>"))));
    page("councillor", "/risks/heat-map?register=" + corporate + "&scores=inherent")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(cell("inherent", 4, 5))))
        .andExpect(content().string(not(containsString(cell("inherent", 3, 4)))));
  }

  @Test
  void aCellListsItsRisksAndCountsConfidentialOnesWithoutDescribingThem() throws Exception {
    page("councillor", cell("current", 3, 4).replace("&amp;", "&"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(r.r1().getCode())))
        .andExpect(content().string(containsString(r.r1().getTitle())));
    page("councillor", cell("current", 3, 3).replace("&amp;", "&"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("counted here but not described")))
        .andExpect(content().string(not(containsString(r.r3().getCode()))));
    page(r.council().officerUsername(), cell("current", 3, 3).replace("&amp;", "&"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(r.r3().getCode())))
        .andExpect(content().string(not(containsString("not described"))));
  }

  @Test
  void theWholeCouncilsMapAndRefusals() throws Exception {
    page("councillor", "/risks/heat-map")
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "/risks/heat-map/cell?register=&amp;scores=current&amp;likelihood=3")));
    page("councillor", "/risks/heat-map/cell?register=&scores=current&likelihood=3&impact=4")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(r.r1().getCode())));
    String council = "/risks/heat-map/cell?register=&scores=current&likelihood=4&impact=5";
    page("councillor", council).andExpect(content().string(not(containsString(r.r4().getCode()))));
    page("admin", council).andExpect(content().string(containsString(r.r4().getCode())));
    page("partner", "/risks/heat-map?register=").andExpect(status().isOk());
    page("councillor", "/risks/heat-map?register=" + r.service().getId())
        .andExpect(status().isForbidden());
    page("partner", "/risks/heat-map?register=" + corporate).andExpect(status().isForbidden());
    page("admin", "/risks/heat-map?register=999999999").andExpect(status().isNotFound());
    page("admin", "/risks/heat-map?scores=residual").andExpect(status().isBadRequest());
    page("admin", "/risks/heat-map/cell?likelihood=7&impact=2").andExpect(status().isBadRequest());
  }
}

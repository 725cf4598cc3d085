package org.goldenthread.framework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.goldenthread.framework.FrameworkAccess;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.GapCheck;
import org.goldenthread.framework.PlanService;
import org.goldenthread.framework.ThreadGraph;
import org.goldenthread.framework.web.FrameworkViews.GapsView;
import org.goldenthread.framework.web.FrameworkViews.ItemView;
import org.goldenthread.framework.web.FrameworkViews.PlanView;
import org.goldenthread.framework.web.FrameworkViews.ThreadView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Plans, framework items and the thread over JSON, for anyone signed in. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Golden thread", description = "Plans, framework items and their links")
@SecurityRequirement(name = "apiToken")
class FrameworkApiController {

  private final PlanService plans;
  private final FrameworkService framework;
  private final GapCheck gaps;

  private final FrameworkAccess access;

  FrameworkApiController(
      PlanService plans, FrameworkService framework, GapCheck gaps, FrameworkAccess access) {
    this.access = access;
    this.plans = plans;
    this.framework = framework;
    this.gaps = gaps;
  }

  @GetMapping("/plans")
  @Operation(summary = "All plans")
  List<PlanView> plans(Authentication authentication) {
    return access.visiblePlans(authentication, plans.all()).stream().map(PlanView::of).toList();
  }

  @GetMapping("/plans/{id}")
  @PreAuthorize("@frameworkAccess.canReadPlan(authentication, #id)")
  @Operation(summary = "One plan")
  PlanView plan(@PathVariable long id) {
    return PlanView.of(plans.get(id));
  }

  @GetMapping("/plans/{id}/items")
  @PreAuthorize("@frameworkAccess.canReadPlan(authentication, #id)")
  @Operation(summary = "The items of a plan, in order")
  List<ItemView> planItems(@PathVariable long id) {
    return framework.inPlan(plans.get(id)).stream().map(ItemView::of).toList();
  }

  @GetMapping("/framework-items")
  @Operation(summary = "All framework items")
  List<ItemView> items() {
    return framework.all().stream().map(ItemView::of).toList();
  }

  @GetMapping("/framework-items/{id}")
  @PreAuthorize("@frameworkAccess.canReadItem(authentication, #id)")
  @Operation(summary = "One framework item")
  ItemView item(@PathVariable long id) {
    return ItemView.of(framework.get(id));
  }

  @GetMapping("/framework-items/{id}/thread")
  @Operation(summary = "An item's thread: every chain up to the vision, and everything beneath")
  ThreadView thread(@PathVariable long id) {
    FrameworkItem item = framework.get(id);
    ThreadGraph graph = framework.graph();
    return new ThreadView(ItemView.of(item), graph.up(id), graph.down(id));
  }

  @GetMapping("/framework-gaps")
  @Operation(summary = "The gap check: where the thread is broken")
  GapsView gaps() {
    return GapsView.of(gaps.run());
  }
}

// The HTML reports as a user's browser sees them: rendered by headless Chromium (Debian's
// chromium, installed by scripts/test.sh), with no console message or script error, every chart
// present, and a screenshot left in <build>/test-artifacts; and hostile names in artifacts and
// model output shown as text, never as markup.
#include <gtest/gtest.h>

#include <cstdlib>

#include "chimera/fake/fake_server.hpp"
#include "chimera/report/html.hpp"
#include "test_support.hpp"

namespace chimera {
namespace {
using namespace chimera::testing;
namespace fs = std::filesystem;

std::string chromium() {
  for (const char* p :
       {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
    if (fs::exists(p)) return p;
  }
  return {};
}

struct Rendered {
  std::string dom, console;  // the DOM after scripts ran; console messages and script errors
};

Rendered render(const fs::path& page, const std::string& screenshot_name) {
  const std::string bin = chromium();
  const std::vector<std::string> common = {
      bin,
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--enable-logging=stderr",
      "--v=0",
      "--user-data-dir=" + (page.parent_path() / "profile").string()};
  auto dump = common;
  dump.push_back("--dump-dom");
  dump.push_back("file://" + page.string());
  const auto r = run_process(dump);
  Rendered out;
  out.dom = r.out;
  std::size_t at = 0;
  while ((at = r.err.find(":CONSOLE", at)) != std::string::npos) {
    const auto end = r.err.find('\n', at);
    out.console += r.err.substr(at, end - at) + "\n";
    at = end;
  }
  auto shot = common;
  shot.push_back("--hide-scrollbars");
  shot.push_back("--window-size=1100,1600");
  shot.push_back("--screenshot=" + (artifacts_dir() / screenshot_name).string());
  shot.push_back("file://" + page.string());
  (void)run_process(shot);
  return out;
}

std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

class HtmlCli : public ::testing::Test {
 protected:
  void SetUp() override {
    if (chromium().empty()) {
      if (std::getenv("CHIMERA_NO_BROWSER")) GTEST_SKIP() << "CHIMERA_NO_BROWSER set";
      FAIL() << "chromium not found: scripts/test.sh installs Debian's chromium (or set "
                "CHIMERA_NO_BROWSER=1 to skip the browser tests)";
    }
    ASSERT_TRUE(server_.start().ok());
  }
  fake::FakeServer server_;
};

void expect_page(const Rendered& r, int charts, const std::vector<std::string>& ids,
                 const std::string& shot) {
  EXPECT_NE(r.dom.find("data-ready=\"1\""), std::string::npos) << "the page's script did not run";
  EXPECT_NE(r.dom.find("data-errors=\"0\""), std::string::npos) << r.dom.substr(0, 400);
  // The page's own layout check: no tick label twice on an axis, no legend over a point.
  EXPECT_NE(r.dom.find("data-layout=\"0\""), std::string::npos) << r.dom.substr(0, 600);
  EXPECT_NE(r.dom.find("data-charts=\"" + std::to_string(charts) + "\""), std::string::npos)
      << "expected " << charts << " charts";
  for (const auto& id : ids)
    EXPECT_NE(r.dom.find("data-chart=\"" + id + "\""), std::string::npos) << id;
  EXPECT_EQ(r.console, "") << "console messages";
  EXPECT_GT(fs::exists(artifacts_dir() / shot) ? fs::file_size(artifacts_dir() / shot) : 0u, 10000u)
      << "screenshot " << shot;
}

// The layout check the browser tests rely on can fail: a chart with a repeated tick label and a
// legend drawn over a point is reported, and the chart layer's own output is clean.
TEST_F(HtmlCli, TheLayoutCheckCatchesRepeatedTicksAndCoveredPoints) {
  TempDir t;
  namespace h = report::html;
  h::Page bad("bad");
  bad.section("bad",
              "<svg class=\"chart\" data-chart=\"bad\" viewBox=\"0 0 100 100\">"
              "<text class=\"tl tx\" x=\"10\" y=\"90\">120</text>"
              "<text class=\"tl tx\" x=\"30\" y=\"90\">120</text>"
              "<g class=\"lgi\"><rect x=\"40\" y=\"40\" width=\"20\" height=\"10\"/></g>"
              "<circle class=\"pt\" cx=\"50\" cy=\"45\" r=\"3\"/></svg>");
  write_file(t / "bad.html", bad.finish());
  const auto r = render(t / "bad.html", "layout-bad.png");
  EXPECT_NE(r.dom.find("data-layout=\"2\""), std::string::npos) << r.dom.substr(0, 600);
  // Values in a narrow band (120.1 to 121.3) and whole-number x (concurrency 1, 2): ticks 120.2,
  // 120.4, ... and 1, 2, never "120 120" or 1.20, 1.40.
  h::Page good("good");
  good.section("good",
               h::line_chart("narrow", "narrow", "concurrency", "ms",
                             {{"a", {{1, 120.1}, {2, 121.3}}}, {"b", {{1, 120.1}, {2, 121.3}}}}) +
                   h::cdf_chart("cdf", "cdf", "ms", {{"x", {120.1, 120.5, 121.3}}}));
  write_file(t / "good.html", good.finish());
  const auto g = render(t / "good.html", "layout-good.png");
  EXPECT_NE(g.dom.find("data-layout=\"0\""), std::string::npos) << g.dom.substr(0, 600);
  EXPECT_EQ(g.dom.find(">1.20<"), std::string::npos);
}

TEST_F(HtmlCli, LoadAndSweepReportsRenderWithEveryChart) {
  TempDir t;
  const auto load = run_process({chimera_bin().string(), "load", "--url", server_.url(), "--model",
                                 "fake:tokens=8,gap=5,ttft=10", "--concurrency", "1,2,4",
                                 "--requests", "8", "--slo", "ttft_p95=200ms", "--store", "", "-q",
                                 "--format", "html", "-o", (t / "load.html").string()});
  ASSERT_EQ(load.exit_code, 0) << load.err;
  expect_page(render(t / "load.html", "load.png"), 5,
              {"ttft-vs-load", "throughput-vs-load", "requests-vs-load", "ttft-cdf", "e2e-cdf"},
              "load.png");
  const auto sweep = run_process({chimera_bin().string(),
                                  "sweep",
                                  "--url",
                                  server_.url(),
                                  "--model",
                                  "fake:tokens=6,gap=2,ttft=5",
                                  "-p",
                                  "num_ctx=512,1024",
                                  "-p",
                                  "temperature=0.2,0.5,0.8",
                                  "--objective",
                                  "decode_tok_s",
                                  "--objective",
                                  "ttft_p50_ms",
                                  "-n",
                                  "2",
                                  "--store",
                                  (t / "s.db").string(),
                                  "-q",
                                  "--format",
                                  "html",
                                  "-o",
                                  (t / "sweep.html").string()});
  ASSERT_EQ(sweep.exit_code, 0) << sweep.err;
  expect_page(render(t / "sweep.html", "sweep.png"), 2, {"sweep-heatmap", "sweep-pareto"},
              "sweep.png");
  // chimera report reads the same store into the same page.
  const auto rep = run_process({chimera_bin().string(), "report", (t / "s.db").string(), "--format",
                                "html", "-o", (t / "report.html").string()});
  ASSERT_EQ(rep.exit_code, 0) << rep.err;
  EXPECT_EQ(read_file(t / "report.html"), read_file(t / "sweep.html"));
}

// `chimera report` on a store that `chimera agents` wrote: the runs read back, rendered with the
// environment the records name (not this machine's), in Markdown, JSON and HTML.
TEST_F(HtmlCli, AgentsRunsInAStoreAreReported) {
  TempDir t;
  const auto db = (t / "s.db").string();
  const auto agents =
      run_process({chimera_bin().string(), "agents", (source_dir() / "examples/artifacts").string(),
                   "--url", server_.url(), "--model", "fake:tokens=6,gap=2,ttft=5", "--runs", "2",
                   "--warmup", "0", "--out", (t / "out").string(), "--store", db, "-q"});
  ASSERT_EQ(agents.exit_code, 0) << agents.err;
  const auto md = run_process({chimera_bin().string(), "report", db});
  ASSERT_EQ(md.exit_code, 0) << md.err;
  EXPECT_NE(md.out.find("| 2 |"), std::string::npos) << md.out;
  EXPECT_NE(md.out.find("6 tok"), std::string::npos) << "tokens per call: " << md.out;
  EXPECT_EQ(md.out, read_file(t / "out/summary.md").substr(0, md.out.find("\nRead from ")) +
                        md.out.substr(md.out.find("\nRead from ")))
      << "the store's summary is the run's own summary.md";
  const auto unknown = run_process({chimera_bin().string(), "report", db, "--agents", "nope"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("--list"), std::string::npos) << unknown.err;
  const auto html = run_process(
      {chimera_bin().string(), "report", db, "--format", "html", "-o", (t / "a.html").string()});
  ASSERT_EQ(html.exit_code, 0) << html.err;
  const std::string raw = read_file(t / "a.html");
  EXPECT_NE(raw.find("invocation"), std::string::npos);
  EXPECT_NE(raw.find("read back"), std::string::npos);
  const auto r = render(t / "a.html", "agents-store.png");
  EXPECT_NE(r.dom.find("data-errors=\"0\""), std::string::npos) << r.dom.substr(0, 400);
  EXPECT_EQ(r.console, "");
}

// The same for `chimera run`: the comparison recomputed from the stored runs equals the run's own
// metrics.json, and its page renders.
TEST_F(HtmlCli, RunComparisonsInAStoreAreReported) {
  TempDir t;
  const auto db = (t / "s.db").string();
  const auto run = run_process(
      {chimera_bin().string(), "run", (source_dir() / "examples/artifacts").string(), "--url",
       server_.url(), "--model", "fake:tokens=6,gap=2,ttft=5", "--options", "num_ctx=1024",
       "--runs", "3", "--warmup", "0", "--out", (t / "out").string(), "--store", db, "-q"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "") << "-q";
  const auto list = run_process({chimera_bin().string(), "report", db, "--list"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("3 baseline + 3 chimera run(s)"), std::string::npos) << list.out;
  const auto json = run_process({chimera_bin().string(), "report", db, "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_EQ(json.out, read_file(t / "out/metrics.json"));
  const auto md = run_process({chimera_bin().string(), "report", db});
  ASSERT_EQ(md.exit_code, 0) << md.err;
  EXPECT_EQ(md.out.substr(0, md.out.find("\nRead from ")),
            read_file(t / "out/comparison_report.md"));
  const auto html = run_process(
      {chimera_bin().string(), "report", db, "--format", "html", "-o", (t / "r.html").string()});
  ASSERT_EQ(html.exit_code, 0) << html.err;
  const auto r = render(t / "r.html", "run-store.png");
  EXPECT_NE(r.dom.find("data-errors=\"0\""), std::string::npos) << r.dom.substr(0, 400);
  EXPECT_NE(r.dom.find("data-chart=\"run-decode_tok_s\""), std::string::npos);
  EXPECT_EQ(r.console, "");
}

// One store holding a sweep, a load run, an agents invocation and a run comparison: `report
// --format html` is one page with a contents table linking to each, every chart drawn once.
TEST_F(HtmlCli, OneDashboardForEverythingInAStore) {
  TempDir t;
  const auto db = (t / "all.db").string();
  const std::string bin = chimera_bin().string(), url = server_.url(),
                    model = "fake:tokens=6,gap=2,ttft=5",
                    art = (source_dir() / "examples/artifacts").string();
  for (const auto& args : std::vector<std::vector<std::string>>{
           {bin, "sweep", "--url", url, "--model", model, "-p", "num_ctx=512,1024", "-n", "2",
            "--store", db, "-q"},
           {bin, "load", "--url", url, "--model", model, "--concurrency", "1,2", "--requests", "4",
            "--store", db, "-q"},
           {bin, "agents", art, "--url", url, "--model", model, "--warmup", "0", "--out",
            (t / "agents").string(), "--store", db, "-q"},
           {bin, "run", art, "--url", url, "--model", model, "--runs", "2", "--warmup", "0",
            "--out", (t / "run").string(), "--store", db, "-q"}}) {
    const auto r = run_process(args);
    ASSERT_EQ(r.exit_code, 0) << args[1] << ": " << r.err;
  }
  const auto list = run_process({bin, "report", db, "--list"});
  for (const char* kind : {"sweep ", "load ", "agents ", "run "})
    EXPECT_NE(("\n" + list.out).find(std::string("\n") + kind), std::string::npos)
        << kind << list.out;
  const auto rep =
      run_process({bin, "report", db, "--format", "html", "-o", (t / "d.html").string()});
  ASSERT_EQ(rep.exit_code, 0) << rep.err;
  const std::string raw = read_file(t / "d.html");
  for (const char* anchor :
       {"href=\"#sweep-1\"", "href=\"#load-2\"", "href=\"#agents-3\"", "href=\"#run-4\"",
        "id=\"sweep-1\"", "id=\"run-4\"", "href=\"#contents\""})
    EXPECT_NE(raw.find(anchor), std::string::npos) << anchor;
  // Charts of each kind (a stored agents run has figures, not call timestamps: no timeline).
  const auto r = render(t / "d.html", "dashboard.png");
  EXPECT_NE(r.dom.find("data-errors=\"0\""), std::string::npos) << r.dom.substr(0, 400);
  EXPECT_NE(r.dom.find("data-layout=\"0\""), std::string::npos) << r.dom.substr(0, 600);
  EXPECT_NE(raw.find("read back"), std::string::npos);
  for (const char* chart : {"ttft-vs-load", "run-decode_tok_s", "sweep-pareto"})
    EXPECT_NE(r.dom.find(std::string("data-chart=\"") + chart + "\""), std::string::npos) << chart;
  EXPECT_EQ(r.console, "");
}

TEST_F(HtmlCli, HostileNamesAndModelOutputAppearAsText) {
  TempDir t;
  const fs::path art = t / "artifacts";
  fs::create_directories(art / "reports");
  const std::string hostile_file = "<img src=x onerror=alert(1)> \"q\" 'a'.csv";
  write_file(art / "reports" / hostile_file,
             "model,tokens_per_second,ttft_ms\n\"<script>alert(2)</script>\",12.5,300\n"
             "\"<b>bold\nline</b>\",20,250\n");
  const auto agents = run_process({chimera_bin().string(), "agents", art.string(), "--url",
                                   server_.url(), "--model", "fake:tokens=5,hostile=1", "--no-solo",
                                   "--warmup", "0", "--out", (t / "out").string(), "--store", ""});
  ASSERT_EQ(agents.exit_code, 0) << agents.err;
  const auto page = t / "out/report.html";
  const std::string raw = read_file(page);
  EXPECT_NE(raw.find("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(raw.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos) << "file name shown";
  EXPECT_EQ(raw.find("<img"), std::string::npos);
  EXPECT_EQ(count(raw, "<script"), 1u);  // the page's own, nothing injected
  const auto r = render(page, "agents-hostile.png");
  EXPECT_EQ(count(r.dom, "<script"), 1u);
  EXPECT_EQ(r.dom.find("<img"), std::string::npos);
  EXPECT_EQ(r.dom.find("<b>bold"), std::string::npos);
  EXPECT_NE(r.dom.find("data-errors=\"0\""), std::string::npos);
  EXPECT_NE(r.dom.find("data-chart=\"timeline-run-1\""), std::string::npos);
  EXPECT_EQ(r.console, "");
  // probe's page too.
  const auto probe = run_process({chimera_bin().string(), "probe", "--url", server_.url(),
                                  "--model", "fake:tokens=5,hostile=1", "-n", "2", "--format",
                                  "html", "-o", (t / "probe.html").string()});
  ASSERT_EQ(probe.exit_code, 0) << probe.err;
  const std::string p = read_file(t / "probe.html");
  EXPECT_EQ(count(p, "<script"), 1u);
  EXPECT_NE(p.find("&lt;script&gt;alert("), std::string::npos);
  expect_page(render(t / "probe.html", "probe.png"), 2, {"probe-ttft-cdf", "probe-e2e-cdf"},
              "probe.png");
}

}  // namespace
}  // namespace chimera

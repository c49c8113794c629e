#pragma once
// One agent run as HTML: what its Markdown report (render_report) says, section by section, with
// the model's own text and the persona prompt collapsed (model output is untrusted and, with the
// demo model, meaningless).
#include <string>

#include "chimera/agent/agent.hpp"

namespace chimera::agent {

// `data_findings`: include the findings from the data (false when the page shows them once for
// every agent of a run).
std::string agent_html(const AgentRun& a, const analysis::RunSignals& signals, bool data_findings);

// The findings from the data, as a list (or why there are none).
std::string data_findings_html(const AgentRun& a);

}  // namespace chimera::agent

// The cluster tier: a real single-node Slurm (Debian's slurm-wlm and munge) started inside the
// test, with its configuration, state and sockets in a temporary folder and its own ports. The
// examples/slurm scripts submit a sweep as a job array plus a dependent merge-and-report job
// against the fake server; the merged store must equal an unsharded run of the same grid (same
// points and repetitions, each once), with per-shard SQLite stores and with one shared PostgreSQL
// store.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <memory>
#include <set>
#include <thread>

#include "chimera/fake/fake_server.hpp"
#include "chimera/store/trial_store.hpp"
#include "postgres_server.hpp"

namespace chimera {
namespace {
using namespace chimera::testing;
namespace fs = std::filesystem;

std::string short_hostname() {
  char buf[256] = {};
  ::gethostname(buf, sizeof buf - 1);
  std::string h(buf);
  return h.substr(0, h.find('.'));
}

// munged, slurmctld and slurmd for one test, stopped (jobs cancelled first) at destruction.
class SlurmCluster {
 public:
  SlurmCluster() {
    for (const char* bin : {"/usr/sbin/munged", "/usr/sbin/mungekey", "/usr/sbin/slurmctld",
                            "/usr/sbin/slurmd", "/usr/bin/sbatch", "/usr/bin/squeue"}) {
      if (!fs::exists(bin)) {
        failure_ = std::string(bin) + " is not installed (apt-get install slurm-wlm munge)";
        return;
      }
    }
    if (::geteuid() != 0) {
      failure_ = "slurmd must run as root to start jobs; run the cluster tier as root";
      return;
    }
    if (!start_munge()) return;
    write_conf();
    ctld_ = std::make_unique<BackgroundProcess>(
        std::vector<std::string>{"/usr/sbin/slurmctld", "-D", "-f", conf()}, dir_ / "ctld.out");
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    slurmd_ = std::make_unique<BackgroundProcess>(
        std::vector<std::string>{"/usr/sbin/slurmd", "-D", "-f", conf(), "-N", node_},
        dir_ / "slurmd.out");
    for (int i = 0; i < 150; ++i) {  // up to 30 s for the node to register
      if (slurm({"/usr/bin/sinfo", "-h", "-o", "%T"}).out.find("idle") != std::string::npos) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    failure_ = "the node never became idle: " + read_file(dir_ / "slurmctld.log") +
               read_file(dir_ / "slurmd.log");
  }
  SlurmCluster(const SlurmCluster&) = delete;
  SlurmCluster& operator=(const SlurmCluster&) = delete;
  ~SlurmCluster() {
    if (slurmd_) (void)slurm({"/usr/bin/scancel", "--user", "root"});
    slurmd_.reset();
    ctld_.reset();
    munged_.reset();
  }

  const std::string& failure() const { return failure_; }
  std::string conf() const { return (dir_ / "slurm.conf").string(); }
  // A Slurm client command with this cluster's configuration.
  ProcessResult slurm(std::vector<std::string> argv, std::vector<std::string> env = {}) const {
    env.push_back("SLURM_CONF=" + conf());
    argv.insert(argv.begin(), env.begin(), env.end());
    argv.insert(argv.begin(), "/usr/bin/env");
    return run_process(argv);
  }
  // Waits until no job is queued or running; false after timeout_s.
  bool wait_idle(int timeout_s) const {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_s);
    while (std::chrono::steady_clock::now() < until) {
      const auto q = slurm({"/usr/bin/squeue", "-h"});
      if (q.exit_code == 0 && q.out.empty()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
    return false;
  }
  std::string logs() const {
    return read_file(dir_ / "slurmctld.log") + read_file(dir_ / "slurmd.log");
  }

 private:
  bool start_munge() {
    const auto key = (dir_ / "munge.key").string();
    const auto k = run_process({"/usr/sbin/mungekey", "-c", "-k", key});
    if (k.exit_code != 0) {
      failure_ = "mungekey failed: " + k.err;
      return false;
    }
    fs::permissions(dir_.path(), fs::perms::owner_all | fs::perms::group_exec |
                                     fs::perms::others_exec);  // the socket must be reachable
    munged_ = std::make_unique<BackgroundProcess>(
        std::vector<std::string>{"/usr/sbin/munged", "-F", "-f", "--key-file=" + key,
                                 "--socket=" + socket(),
                                 "--pid-file=" + (dir_ / "munged.pid").string(),
                                 "--log-file=" + (dir_ / "munged.log").string(),
                                 "--seed-file=" + (dir_ / "munged.seed").string()},
        dir_ / "munged.out");
    for (int i = 0; i < 50 && !fs::exists(socket()); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (!fs::exists(socket())) {
      failure_ = "munged did not start: " + read_file(dir_ / "munged.out");
      return false;
    }
    return true;
  }
  std::string socket() const { return (dir_ / "munge.socket").string(); }
  void write_conf() {
    node_ = short_hostname();
    fs::create_directories(dir_ / "state");
    fs::create_directories(dir_ / "spool");
    const auto d = dir_.path().string();
    write_file(dir_ / "slurm.conf",
               "ClusterName=chimera\nSlurmctldHost=" + node_ + "(127.0.0.1)\n" +
                   "SlurmUser=root\nSlurmdUser=root\n" +
                   "SlurmctldPort=" + std::to_string(free_port()) + "\n" +
                   "SlurmdPort=" + std::to_string(free_port()) + "\n" +
                   "AuthType=auth/munge\nCredType=cred/munge\nAuthInfo=socket=" + socket() +
                   "\nStateSaveLocation=" + d + "/state\nSlurmdSpoolDir=" + d + "/spool\n" +
                   "SlurmctldPidFile=" + d + "/slurmctld.pid\nSlurmdPidFile=" + d +
                   "/slurmd.pid\nSlurmctldLogFile=" + d + "/slurmctld.log\nSlurmdLogFile=" + d +
                   "/slurmd.log\n"
                   "ProctrackType=proctrack/linuxproc\nTaskPlugin=task/none\n"
                   "SwitchType=switch/none\nMpiDefault=none\n"
                   "SchedulerType=sched/backfill\n"
                   "SchedulerParameters=sched_interval=1,bf_interval=1\n"
                   "SelectType=select/cons_tres\nSelectTypeParameters=CR_Core\n"
                   "ReturnToService=2\nJobCompType=jobcomp/none\n"
                   "AccountingStorageType=accounting_storage/none\n"
                   "JobAcctGatherType=jobacct_gather/none\nSlurmdParameters=config_overrides\n"
                   "NodeName=" +
                   node_ + " NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN\n" +
                   "PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP\n");
  }

  TempDir dir_;
  std::string node_, failure_;
  std::unique_ptr<BackgroundProcess> munged_, ctld_, slurmd_;
};

// (point, rep) of every trial of every sweep in a store, sorted.
std::vector<std::pair<std::string, int>> trials(const std::string& location) {
  std::vector<std::pair<std::string, int>> out;
  auto st = store::TrialStore::open(location);
  if (!st.ok()) return out;
  const auto sweeps = st.value()->sweeps();
  if (!sweeps.ok()) return out;
  for (const auto& s : sweeps.value()) {
    const auto rows = st.value()->trials(s.id);
    if (!rows.ok()) continue;
    for (const auto& t : rows.value()) out.emplace_back(t.point, t.rep);
  }
  std::sort(out.begin(), out.end());
  return out;
}

class Slurm : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!cluster_.failure().empty()) GTEST_SKIP() << "no Slurm cluster: " << cluster_.failure();
    ASSERT_TRUE(fake_.start().ok());
  }
  std::vector<std::string> grid() const {
    return {"--url",     fake_.url(),
            "--model",   "fake:tokens=6,gap=2,ttft=5",
            "-p",        "num_ctx=256,512,1024",
            "-p",        "temperature=0.1-0.4+0.1",
            "-n",        "2",
            "--warmup",  "0",
            "--repeats", "2"};
  }
  // examples/slurm/submit.sh with 3 shards; waits for both jobs to end.
  void submit(const fs::path& results, std::vector<std::string> env) {
    std::vector<std::string> argv = {(source_dir() / "examples/slurm/submit.sh").string(), "3",
                                     results.string()};
    for (const auto& a : grid()) argv.push_back(a);
    env.push_back("CHIMERA=" + chimera_bin().string());
    const auto s = cluster_.slurm(argv, env);
    ASSERT_EQ(s.exit_code, 0) << s.out << s.err;
    EXPECT_NE(s.out.find("(3 tasks)"), std::string::npos) << s.out;
    ASSERT_TRUE(cluster_.wait_idle(240)) << "jobs still queued after 240 s\n" << cluster_.logs();
  }
  // The same grid run once, unsharded, outside Slurm.
  std::vector<std::pair<std::string, int>> unsharded(const TempDir& t) {
    std::vector<std::string> argv = {chimera_bin().string(), "sweep"};
    for (const auto& a : grid()) argv.push_back(a);
    for (const char* a : {"--store", "", "-q"}) argv.emplace_back(a);
    argv[argv.size() - 2] = (t / "alone.db").string();
    const auto r = run_process(argv);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return trials((t / "alone.db").string());
  }
  SlurmCluster cluster_;
  fake::FakeServer fake_;
};

TEST_F(Slurm, AJobArrayOfShardsMergedEqualsAnUnshardedRun) {
  TempDir t;
  submit(t / "results", {});
  for (int i = 0; i < 3; ++i) {
    EXPECT_TRUE(fs::exists(t / "results" / ("shard-" + std::to_string(i) + ".db"))) << i;
  }
  ASSERT_TRUE(fs::exists(t / "results/merged.db")) << cluster_.logs();
  const auto merged = trials((t / "results/merged.db").string());
  ASSERT_EQ(merged.size(), 24u);  // 12 points x 2 repetitions
  EXPECT_EQ(std::set(merged.begin(), merged.end()).size(), merged.size()) << "no duplicate";
  EXPECT_EQ(merged, unsharded(t));
  EXPECT_NE(read_file(t / "results/report.md").find("# "), std::string::npos);
  EXPECT_NE(read_file(t / "results/report.html").find("<html"), std::string::npos);
  EXPECT_TRUE(read_file(t / "results/chimera.prom").ends_with("# EOF\n"));
}

TEST_F(Slurm, TasksWritingOneSharedPostgresStoreEqualAnUnshardedRun) {
  PostgresServer pg;
  if (!pg.failure().empty()) GTEST_SKIP() << "no PostgreSQL server: " << pg.failure();
  const auto url = pg.new_database("cluster");
  ASSERT_FALSE(url.empty());
  TempDir t;
  submit(t / "results", {"CHIMERA_STORE=" + url});
  EXPECT_FALSE(fs::exists(t / "results/merged.db")) << "a shared store needs no merge";
  const auto shared = trials(url);
  ASSERT_EQ(shared.size(), 24u) << cluster_.logs();
  EXPECT_EQ(shared, unsharded(t));
  EXPECT_NE(read_file(t / "results/report.json").find("\"points\""), std::string::npos);
}

}  // namespace
}  // namespace chimera

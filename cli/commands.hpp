#pragma once
// One function per subcommand: parse in main.cpp, run here, testable without a process.
// Exit codes: 0 ok, 1 validation or some records failed, 2 usage, 3 runtime error.

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace practice {
class Bank;
}

namespace practice::cli {

struct IndexArgs {
  std::filesystem::path db;
  std::vector<std::string> inputs;
  std::size_t batch = 1000;
  bool progress = false;
};
int run_index(const IndexArgs& a, std::ostream& out, std::ostream& err);

struct SearchArgs {
  std::filesystem::path db;
  std::string query;
  std::string region, district, target_group;
  std::optional<int> year;
  std::size_t limit = 10, offset = 0;
  bool any = false, json = false, by_year = false, no_thesaurus = false;
  std::string batch;  // file of queries, one per line ("-" for stdin)
};
int run_search(const SearchArgs& a, std::ostream& out, std::ostream& err);

struct ShowArgs {
  std::filesystem::path db;
  std::string id;
  bool json = false;
};
int run_show(const ShowArgs& a, std::ostream& out, std::ostream& err);

struct SimilarArgs {
  std::filesystem::path db;
  std::string id;
  std::size_t limit = 10;
  bool json = false;
};
int run_similar(const SimilarArgs& a, std::ostream& out, std::ostream& err);

struct ValidateArgs {
  std::vector<std::string> inputs;
  bool json = false;
  int reference_year = 0;
  bool quiet = false;
};
int run_validate(const ValidateArgs& a, std::ostream& out, std::ostream& err);

struct ParseArgs {
  std::vector<std::string> inputs;
};
int run_parse(const ParseArgs& a, std::ostream& out, std::ostream& err);

struct StatsArgs {
  std::filesystem::path db;
  bool json = false;
};
int run_stats(const StatsArgs& a, std::ostream& out, std::ostream& err);

struct ReplicationsArgs {
  std::filesystem::path db;
  std::vector<std::string> inputs;  // JSON Lines files of records ("-" for stdin)
  std::string practice, organization, region, outcome;  // one record given as options
  std::optional<int> year;
  bool json = false;
};
int run_replications(const ReplicationsArgs& a, std::ostream& out, std::ostream& err);

struct MatchArgs {
  std::filesystem::path db;
  std::string profile;  // file or "-"
  std::string batch;    // JSON Lines of profiles
  std::optional<std::size_t> limit;
  std::string weights;  // JSON file of signal weights
  bool json = false;
};
int run_match(const MatchArgs& a, std::ostream& out, std::ostream& err);

struct ShortlistArgs {
  std::filesystem::path db;
  std::string region, theme, profile, target_group;
  std::size_t count = 10;
  std::string format = "md";  // csv, md, html
  std::string output;         // file; stdout if empty
  std::string title;
};
int run_shortlist(const ShortlistArgs& a, std::ostream& out, std::ostream& err);

struct ServeArgs {
  std::filesystem::path db;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::size_t workers = 0, connections = 32;
  std::vector<std::string> cors_origins;
  std::size_t max_body_bytes = 64 * 1024, max_query_bytes = 1024;
  long time_limit_ms = 5000;
  std::string access_log = "-";  // file, "-" for stderr, "" for none
};
int run_serve(const ServeArgs& a, std::ostream& out, std::ostream& err);
struct ImportGrantsArgs {
  std::filesystem::path db;
  std::filesystem::path file;  // ngodata_presidential_grants_*.jsonl
  std::size_t batch = 1000;
  bool json = false;
};
int run_import_grants(const ImportGrantsArgs& a, std::ostream& out, std::ostream& err);
struct ServeShardArgs {
  std::filesystem::path db;
  unsigned port = 0;
  std::string host = "127.0.0.1";  // loopback unless the centre opens it to the network
  unsigned timeout_ms = 0;         // xapian-tcpsrv's idle/active timeouts; 0 = its defaults
};
/// The xapian-tcpsrv command line serving one bank read-only.
std::vector<std::string> tcpsrv_command(const ServeShardArgs& a);
/// Checks the bank, then replaces this process with xapian-tcpsrv (returns only by throwing).
int run_serve_shard(const ServeShardArgs& a, std::ostream& out, std::ostream& err);

/// For a federated bank: adds "shards" (which answered) and its warnings to a JSON result.
void add_shard_report(const Bank& bank, nlohmann::json& result);
/// For a federated bank: prints a warning line per shard that did not answer.
void print_shard_warnings(const Bank& bank, std::ostream& err);

/// Calls `on_line(text, number)` for each non-blank line of a batch file ("-" = stdin).
/// @throws InvalidArgument if the file cannot be read.
void for_each_batch_line(const std::string& path, const std::function<void(const std::string&, std::size_t)>& on_line);

/// Terminal rendering of a snippet: <b> → bold when `ansi`, else «»-free plain text.
std::string render_snippet(const std::string& html, bool ansi);
bool is_terminal(std::ostream& os);

}  // namespace practice::cli

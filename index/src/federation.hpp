#pragma once
// A federated bank: local banks and remote shards (xapian-tcpsrv) searched as one Xapian database.
//
// Xapian fails a whole query when one remote sub-database fails, so every shard is opened and
// checked on its own, with bounded timeouts; the shards that answered are combined with
// Database::add_database, and after a network error mid-query the federation reconnects without
// the shard that failed (Bank::Impl retries the query).

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <xapian.h>

#include <practice/search.hpp>

namespace practice::detail {

/// One shard of a federation: a local bank directory or a remote `host:port`.
struct ShardSpec {
  std::string name;
  std::filesystem::path path;  ///< local bank (empty for a remote shard)
  std::string host;            ///< remote shard (empty for a local one)
  unsigned port = 0;
  std::string location() const;
};

struct FederationSpec {
  std::filesystem::path file;
  std::vector<ShardSpec> shards;
  unsigned timeout_ms = 2000;          ///< per network operation of a remote shard
  unsigned connect_timeout_ms = 1000;  ///< per connection attempt
};

/// Reads a federation file: JSON ({"shards":[{"name","path"|"remote"}], "timeout_ms",
/// "connect_timeout_ms"}) or a Xapian stub-database file ("auto PATH", "remote :HOST:PORT" lines).
/// Relative paths are relative to the file's folder.
/// @throws ParseError naming the file and line for a malformed file or shard.
FederationSpec read_federation(const std::filesystem::path& file);

/// The open shards of a federation and their combined database. Not thread-safe (like Bank).
class Federation {
 public:
  /// Checks that a shard's database is a bank this program reads; throws IncompatibleBank.
  using Check = std::function<void(const Xapian::Database&, const std::string& label)>;

  /// Opens every shard. @throws BankError if none answers.
  Federation(FederationSpec spec, Check check);

  /// After a network error: reconnects every shard afresh (the old connections may hold unread
  /// replies), leaving out those that do not answer now.
  /// @throws BankError if none answers any more.
  void reconnect() { connect(); }
  std::size_t shard_count() const { return spec_.shards.size(); }

  const Xapian::Database& database() const { return combined_; }
  const std::filesystem::path& file() const { return spec_.file; }
  std::vector<ShardStatus> status() const;
  /// One Russian warning per shard that did not answer, naming it.
  std::vector<std::string> warnings() const;

 private:
  void connect();

  FederationSpec spec_;
  Check check_;
  std::vector<ShardStatus> status_;
  Xapian::Database combined_;
};

}  // namespace practice::detail

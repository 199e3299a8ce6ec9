#pragma once
/// @file bank.hpp
/// The bank: a directory holding a Xapian database of practices.

#include <exception>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <practice/model.hpp>
#include <practice/search.hpp>

namespace practice {

/// A bank of practices. Move-only handle (PIMPL; no Xapian types in this header).
///
/// Writes (add, remove) open Xapian's writer only for their duration, inside a transaction:
/// an interrupted write leaves the bank as at the last commit, and readers in other processes
/// keep working. Only one process writes at a time; another gets BankError ("is being
/// written by another process"). A read that races commits of another process (Xapian's
/// DatabaseModifiedError) reopens at the latest commit and reads again, so readers never see
/// that error; call reopen() to see new practices otherwise. A full disk or file size limit
/// gives BankError ("no space left …") with the bank as at its last commit.
///
/// Thread rule: one thread uses a Bank at a time (Xapian handles are single-threaded). Open
/// one Bank per thread, or lock around calls.
class Bank {
 public:
  /// Creates the bank directory (or opens it if it already is a bank).
  /// @throws BankError if the directory exists, is not empty and is not a bank, or cannot be written.
  static Bank create(const std::filesystem::path& dir);
  /// Opens an existing bank for reading and writing.
  ///
  /// `dir` may also be a federation file: JSON {"shards": [{"name": "altai", "path": "banks/altai"},
  /// {"name": "irkutsk", "remote": "127.0.0.1:7001"}], "timeout_ms": 2000, "connect_timeout_ms": 1000}
  /// or a Xapian stub-database file ("auto PATH", "remote :HOST:PORT" lines). The shards (local
  /// banks and banks served by xapian-tcpsrv) are then searched as one, ranked together; such a
  /// Bank is read-only (add and remove throw BankError). A shard that does not answer within the
  /// timeouts, or has another format, is left out: see shards() and warnings().
  /// @throws BankError if there is no bank there, or no shard of a federation answers;
  ///         IncompatibleBank for another format or analyzer; ParseError for a bad federation file.
  static Bank open(const std::filesystem::path& dir);

  Bank(Bank&&) noexcept;
  Bank& operator=(Bank&&) noexcept;
  Bank(const Bank&) = delete;
  Bank& operator=(const Bank&) = delete;
  ~Bank();

  /// Adds practices, replacing any with the same id, in one transaction: all of them or none.
  /// Words longer than Xapian's term limit are stored but not indexed.
  /// @throws InvalidArgument for a practice without id or with an id over 239 bytes (nothing is
  ///         written); BankError if another process writes, the disk is full or the bank is read-only.
  AddReport add(const std::vector<Practice>& practices);
  AddReport add(const Practice& practice);
  /// Removes a practice; false if there was none.
  bool remove(const std::string& id);

  std::optional<Practice> find(const std::string& id) const;
  /// @throws NotFound
  Practice get(const std::string& id) const;
  std::size_t size() const;
  /// Every practice, in id order.
  std::vector<Practice> all() const;
  std::vector<std::string> ids() const;

  /// Ranked full-text search in Russian: words (all must match unless options.match_any),
  /// "quoted phrases", field:word (проблема:одиночество), OR, NOT / -word; filters by region,
  /// federal district, target group and year; facets; snippets; a "did you mean" suggestion.
  /// @throws InvalidArgument for an empty query, one of stop words only, an unknown field,
  ///         region or target group.
  SearchResults search(std::string_view query, const SearchOptions& options = {}) const;

  /// Practices most like the given one (Xapian relevance feedback on its terms), itself excluded.
  /// @throws NotFound
  std::vector<SearchHit> similar(const std::string& id, std::size_t limit = 10) const;
  /// How like practice `id` each of `among` is, in (0, 1], relative to the most alike of them (BM25
  /// of the 40 terms that most set `id` apart); practices sharing none of them are absent.
  /// @throws NotFound
  std::map<std::string, double> likeness(const std::string& id, const std::vector<std::string>& among) const;

  Stats stats() const;

  /// Sees changes committed by other processes since opening. A federated bank reconnects
  /// every shard, so shards that were down are used again once they answer.
  void reopen();
  const std::filesystem::path& path() const;

  /// The shards of a federated bank and whether each answered; empty for a plain bank.
  std::vector<ShardStatus> shards() const;
  /// One warning (Russian) per shard left out of a federated bank; search() repeats them.
  std::vector<std::string> warnings() const;

 private:
  struct Impl;
  explicit Bank(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// The message Bank would give for an exception `e` that escaped it while writing bank `dir`;
/// empty if `e` is not from Xapian. libxapian 1.4 can throw from a destructor while unwinding a
/// commit that ran out of space, which ends in std::terminate before Bank sees the error; a
/// terminate handler uses this to say what happened (the last commit is intact). When no
/// exception is in flight (a second one thrown while unwinding), `last_errno` — errno as the
/// handler found it, from the write that failed — still tells a full disk.
std::string describe_write_error(std::exception_ptr e, const std::filesystem::path& dir, int last_errno = 0);

}  // namespace practice

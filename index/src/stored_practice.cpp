#include "stored_practice.hpp"

#include <cstdint>
#include <optional>
#include <type_traits>

#include <practice/error.hpp>

namespace practice::detail {
namespace {

// Every field of the model, once, in storage order; both directions walk this list. A field
// added to the model must be added here (tests/index/stored_practice_test.cpp checks the round
// trip of every corpus practice).
template <class P, class F>
void each_field(P& p, F&& f) {
  f(p.id), f(p.title);
  f(p.organization.legal_form), f(p.organization.name), f(p.organization.head), f(p.organization.region);
  f(p.summary), f(p.problem), f(p.target_groups), f(p.goal), f(p.tasks), f(p.stages), f(p.technologies);
  f(p.results.qualitative), f(p.results.quantitative);
  f(p.resources.informational), f(p.resources.material), f(p.resources.financial), f(p.resources.personnel),
      f(p.resources.partners);
  f(p.evaluation), f(p.difficulties), f(p.perspectives);
  f(p.contacts.person), f(p.contacts.email), f(p.contacts.address), f(p.contacts.phone), f(p.contacts.fax),
      f(p.contacts.skype), f(p.contacts.website);
  f(p.organization_info), f(p.region);
  f(p.period.start), f(p.period.end), f(p.period.ongoing);
  f(p.status);
  f(p.replications);
  f(p.source);
}

template <class R, class F>
void each_field_of_replication(R& r, F&& f) {
  f(r.organization), f(r.region), f(r.year), f(r.outcome);
}

struct Writer {
  std::string& out;
  void count(std::uint64_t n) {  // LEB128: 7 bits per byte, high bit = more
    do {
      const auto byte = static_cast<unsigned char>(n & 0x7F);
      n >>= 7;
      out += static_cast<char>(n ? byte | 0x80 : byte);
    } while (n);
  }
  void operator()(const std::string& s) {
    count(s.size());
    out += s;
  }
  void operator()(const std::vector<std::string>& v) {
    count(v.size());
    for (const auto& s : v) (*this)(s);
  }
  void operator()(const std::optional<int>& n) {
    // 0 = absent, else the zigzag code of the value plus one.
    count(n ? (static_cast<std::uint64_t>(static_cast<std::int64_t>(*n) << 1) ^ static_cast<std::uint64_t>(static_cast<std::int64_t>(*n) >> 63)) + 1 : 0);
  }
  void operator()(bool b) { count(b ? 1 : 0); }
  void operator()(const std::vector<Replication>& v) {
    count(v.size());
    for (const auto& r : v) each_field_of_replication(r, *this);
  }
};

struct Reader {
  std::string_view in;
  std::size_t at = 0;
  [[noreturn]] static void bad() { throw BankError("stored practice is damaged; rebuild the bank with `practice index`"); }
  std::uint64_t count() {
    std::uint64_t n = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at >= in.size()) bad();
      const auto byte = static_cast<unsigned char>(in[at++]);
      n |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if (!(byte & 0x80)) return n;
    }
    bad();
  }
  std::uint64_t size() {  // a count of items that each take at least one byte
    const std::uint64_t n = count();
    if (n > in.size() - at) bad();
    return n;
  }
  void operator()(std::string& s) {
    const auto n = size();
    s.assign(in.substr(at, n));
    at += n;
  }
  void operator()(std::vector<std::string>& v) {
    v.resize(size());
    for (auto& s : v) (*this)(s);
  }
  void operator()(std::optional<int>& n) {
    const std::uint64_t code = count();
    if (code == 0) return n.reset();
    const std::uint64_t z = code - 1;
    n = static_cast<int>(static_cast<std::int64_t>(z >> 1) ^ -static_cast<std::int64_t>(z & 1));
  }
  void operator()(bool& b) { b = count() != 0; }
  void operator()(std::vector<Replication>& v) {
    v.resize(size());
    for (auto& r : v) each_field_of_replication(r, *this);
  }
};

constexpr char format_tag = 'P';  // first byte: tells a stored practice from other data

}  // namespace

std::string encode_practice(const Practice& p) {
  std::string out(1, format_tag);
  out.reserve(4096);
  each_field(p, Writer{out});
  return out;
}

Practice decode_practice(std::string_view data) {
  if (data.empty() || data.front() != format_tag) Reader::bad();
  Reader r{data, 1};
  Practice p;
  each_field(p, r);
  if (r.at != data.size()) Reader::bad();
  return p;
}

}  // namespace practice::detail

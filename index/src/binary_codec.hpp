#pragma once
// The primitives of the bank's stored binary values (the practice, its facts): unsigned counts
// as LEB128, strings length-prefixed, optional numbers with a presence code. Writer appends;
// Reader reads back in the same order and throws BankError on damaged data.

#include <bit>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <practice/error.hpp>

namespace practice::detail {

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
  void operator()(double d) {  // the exact bits, so that a score computed from it is the same
    const auto bits = std::bit_cast<std::uint64_t>(d);
    for (int i = 0; i < 8; ++i) out += static_cast<char>((bits >> (8 * i)) & 0xFF);
  }
  void operator()(const std::optional<double>& d) {
    (*this)(d.has_value());
    if (d) (*this)(*d);
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
  void operator()(double& d) {
    if (in.size() - at < 8) bad();
    std::uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(in[at++])) << (8 * i);
    d = std::bit_cast<double>(bits);
  }
  void operator()(std::optional<double>& d) {
    bool present = false;
    (*this)(present);
    if (!present) return d.reset();
    d.emplace();
    (*this)(*d);
  }
};

}  // namespace practice::detail

#include "stored_practice.hpp"

#include <memory>

#include <zstd.h>

#include "binary_codec.hpp"

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

// The model's own compound fields on top of the codec's primitives.
struct PracticeWriter : Writer {
  using Writer::operator();
  void operator()(const std::vector<Replication>& v) {
    count(v.size());
    for (const auto& r : v) each_field_of_replication(r, *this);
  }
};

struct PracticeReader : Reader {
  using Reader::operator();
  void operator()(std::vector<Replication>& v) {
    v.resize(size());
    for (auto& r : v) each_field_of_replication(r, *this);
  }
};

constexpr char format_tag = 'Z';  // first byte: tells a stored practice (a zstd frame of its fields) from other data

// Xapian deflates document data with zlib, and inflating it was 7% of a search. Data zstd has
// already compressed does not deflate smaller, so Xapian stores it as it is, and zstd reads it
// back two to three times faster than zlib does. Contexts are reused per thread: creating one
// costs more than decompressing a practice.
struct ZstdContexts {
  std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> compress{ZSTD_createCCtx(), ZSTD_freeCCtx};
  std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> decompress{ZSTD_createDCtx(), ZSTD_freeDCtx};
};
ZstdContexts& zstd_contexts() {
  thread_local ZstdContexts contexts;
  return contexts;
}
constexpr int compression_level = 3;  // zstd's default; higher levels shrank the bank by 4% at twice the cost

}  // namespace

std::string encode_practice(const Practice& p) {
  std::string fields;
  fields.reserve(4096);
  each_field(p, PracticeWriter{{fields}});
  std::string out(1 + ZSTD_compressBound(fields.size()), '\0');
  out[0] = format_tag;
  const std::size_t n = ZSTD_compressCCtx(zstd_contexts().compress.get(), out.data() + 1, out.size() - 1, fields.data(),
                                          fields.size(), compression_level);
  if (ZSTD_isError(n)) throw BankError(std::string("cannot compress a practice: ") + ZSTD_getErrorName(n));
  out.resize(1 + n);
  return out;
}

Practice decode_practice(std::string_view data) {
  if (data.empty() || data.front() != format_tag) Reader::bad();
  const std::string_view frame = data.substr(1);
  const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), frame.size());
  // A practice is a few kilobytes; a size past 64 MiB is damage, not a practice.
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (64u << 20)) Reader::bad();
  std::string fields(size, '\0');
  const std::size_t n = ZSTD_decompressDCtx(zstd_contexts().decompress.get(), fields.data(), fields.size(), frame.data(), frame.size());
  if (ZSTD_isError(n) || n != size) Reader::bad();
  PracticeReader r{{fields, 0}};
  Practice p;
  each_field(p, r);
  if (r.at != fields.size()) Reader::bad();
  return p;
}

}  // namespace practice::detail

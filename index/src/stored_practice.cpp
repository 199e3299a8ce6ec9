#include "stored_practice.hpp"

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

constexpr char format_tag = 'P';  // first byte: tells a stored practice from other data

}  // namespace

std::string encode_practice(const Practice& p) {
  std::string out(1, format_tag);
  out.reserve(4096);
  each_field(p, PracticeWriter{{out}});
  return out;
}

Practice decode_practice(std::string_view data) {
  if (data.empty() || data.front() != format_tag) Reader::bad();
  PracticeReader r{{data, 1}};
  Practice p;
  each_field(p, r);
  if (r.at != data.size()) Reader::bad();
  return p;
}

}  // namespace practice::detail

#include "raw_xapian.hpp"

#include <practice/field.hpp>
#include <practice/json.hpp>

namespace practice::bench {

constexpr std::size_t commit_every = 10000;

RawXapianWriter::RawXapianWriter(const std::filesystem::path& dir) : db_(dir.string(), Xapian::DB_CREATE_OR_OVERWRITE) {
  termgen_.set_stemmer(Xapian::Stem("russian"));
}

void RawXapianWriter::add(const Practice& p) {
  Xapian::Document doc;
  termgen_.set_document(doc);
  for (Field f : all_fields) {
    termgen_.index_text(field_text(p, f));
    termgen_.increase_termpos(100);  // as the bank does: no phrase spans two sections
  }
  const std::string idterm = "Q" + p.id;
  doc.add_boolean_term(idterm);
  doc.set_data(nlohmann::json(p).dump());
  db_.replace_document(idterm, doc);
  if (++pending_ == commit_every) {
    db_.commit();
    pending_ = 0;
  }
}

void RawXapianWriter::finish() {
  db_.commit();
  db_.close();
}

RawXapianSearcher::RawXapianSearcher(const std::filesystem::path& dir) : db_(dir.string()) {
  parser_.set_database(db_);
  parser_.set_stemmer(Xapian::Stem("russian"));
  parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
}

std::size_t RawXapianSearcher::search(std::string_view query, std::size_t limit) {
  Xapian::Enquire enquire(db_);
  enquire.set_query(parser_.parse_query(std::string(query)));
  const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(limit));
  for (auto it = mset.begin(); it != mset.end(); ++it) data_bytes_ += it.get_document().get_data().size();
  return mset.size();
}

}  // namespace practice::bench

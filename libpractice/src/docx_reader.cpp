#include <practice/docx.hpp>

#include <algorithm>
#include <cstring>

#include <pugixml.hpp>

#include <practice/error.hpp>
#include <practice/text/normalize.hpp>

#include "docx_archive.hpp"

namespace practice {
namespace {

bool is(const pugi::xml_node& n, const char* name) { return std::strcmp(n.name(), name) == 0; }

// Deeper nesting than any real document has is refused rather than walked recursively.
constexpr int max_depth = 64;

[[noreturn]] void too_deep(const std::string& file) {
  throw ParseError(file, 0, "word/document.xml вложен слишком глубоко; такой документ не принимается");
}

// One line of template text and the paragraph it came from.
struct Line {
  std::string text;
  std::size_t paragraph;
};

// The visible text of a paragraph: runs in order, inside hyperlinks, insertions, fields and
// content controls; soft breaks become '\n', tabs a space; deleted text is skipped.
void run_text(const pugi::xml_node& node, std::string& out, int depth, const std::string& file) {
  if (depth > max_depth) too_deep(file);
  for (const auto& child : node.children()) {
    if (is(child, "w:t")) {
      out += child.text().get();
    } else if (is(child, "w:tab") || is(child, "w:ptab")) {
      out += ' ';
    } else if (is(child, "w:br") || is(child, "w:cr")) {
      out += '\n';
    } else if (is(child, "w:noBreakHyphen")) {
      out += '-';
    } else if (is(child, "w:pPr") || is(child, "w:rPr") || is(child, "w:del") || is(child, "w:delText") ||
               is(child, "w:instrText") || is(child, "w:moveFrom") || is(child, "w:fldData") || is(child, "w:sdtPr") ||
               is(child, "w:sdtEndPr") || is(child, "w:sym") || is(child, "mc:Fallback")) {
      continue;  // formatting, deleted text, field codes, symbol glyphs; mc:Fallback repeats mc:Choice
    } else {
      run_text(child, out, depth + 1, file);  // w:r, w:hyperlink, w:ins, w:smartTag, w:fldSimple, w:sdt …
    }
  }
}

// A list paragraph: numbered or bulleted by direct numbering or by a list style. Headings are
// often numbered by Word too; those stay headings.
bool is_list_item(const pugi::xml_node& p, std::string_view text) {
  const auto ppr = p.child("w:pPr");
  const std::string_view style = ppr.child("w:pStyle").attribute("w:val").as_string();
  const bool heading = style.rfind("Heading", 0) == 0 || style.rfind("heading", 0) == 0 || style == "Title" ||
                       ppr.child("w:outlineLvl") || match_heading(text).has_value();
  if (heading) return false;
  return ppr.child("w:numPr") || style.find("List") != std::string_view::npos;
}

std::string joined(const std::vector<Line>& lines, std::string_view separator) {
  std::string out;
  for (const auto& l : lines) {
    if (l.text.empty()) continue;
    if (!out.empty()) out += separator;
    out += l.text;
  }
  return out;
}

// Walks the body in document order, numbering paragraphs (table cells included).
class DocumentWalker {
 public:
  explicit DocumentWalker(const std::string& file) : file_(file) {}

  // Paragraphs, tables and content controls of a body, a cell or a control, as lines.
  void blocks(const pugi::xml_node& node, std::vector<Line>& out, bool in_cell, int depth = 0) {
    if (depth > max_depth) too_deep(file_);
    for (const auto& child : node.children()) {
      if (is(child, "w:p")) {
        paragraph(child, out, in_cell, depth);
      } else if (is(child, "w:tbl")) {
        table(child, out, depth);
      } else if (is(child, "w:sdt")) {
        blocks(child.child("w:sdtContent"), out, in_cell, depth + 1);
      } else if (is(child, "w:customXml")) {
        blocks(child, out, in_cell, depth + 1);
      }
    }
  }

 private:
  // One line per soft-broken piece; a list paragraph's first piece gets "- ". Inside a cell,
  // empty pieces are dropped (cells are joined, and an empty one says nothing).
  void paragraph(const pugi::xml_node& p, std::vector<Line>& out, bool in_cell, int depth) {
    const std::size_t number = ++paragraphs_;
    std::string content;
    run_text(p, content, depth + 1, file_);
    const bool bullet = is_list_item(p, text::trim(content));
    bool first = true;
    for (std::string_view rest = content;;) {
      const auto nl = rest.find('\n');
      const std::string piece(text::trim(rest.substr(0, nl)));
      if (!in_cell || !piece.empty()) out.push_back({bullet && first && !piece.empty() ? "- " + piece : piece, number});
      first = false;
      if (nl == std::string_view::npos) break;
      rest.remove_prefix(nl + 1);
    }
  }

  // A "field | value" row becomes "field: value" (the value's further paragraphs follow as
  // lines), or the heading and then the value when the field is a template heading; a wider
  // row becomes one line with its cells joined by "; ".
  void table(const pugi::xml_node& tbl, std::vector<Line>& out, int depth) {
    for (const auto& tr : tbl.children("w:tr")) {
      const std::size_t number = paragraphs_ + 1;
      std::vector<std::vector<Line>> cells;
      for (const auto& tc : tr.children("w:tc")) blocks(tc, cells.emplace_back(), true, depth + 1);
      if (cells.size() == 2 && !cells[0].empty()) {
        std::string field = joined(cells[0], " ");
        // A template heading in the first column (the whole template as a table) stays a
        // heading line, with the value's paragraphs below it.
        const bool heading = match_heading(field).has_value();
        if (!heading && field.back() != ':') field += ':';
        auto value = cells[1].begin();
        const bool value_is_list = value != cells[1].end() && value->text.rfind("- ", 0) == 0;
        if (heading || value == cells[1].end() || value_is_list) {
          out.push_back({field, number});
        } else {
          out.push_back({field + " " + value->text, number});
          ++value;
        }
        out.insert(out.end(), value, cells[1].end());
        continue;
      }
      std::vector<Line> row;
      for (const auto& c : cells) row.push_back({joined(c, " "), number});
      out.push_back({joined(row, "; "), number});
    }
  }

  const std::string& file_;
  std::size_t paragraphs_ = 0;
};

}  // namespace

std::size_t DocxText::paragraph(std::size_t line) const {
  if (line == 0 || paragraph_of_line.empty()) return 0;
  return paragraph_of_line[std::min(line, paragraph_of_line.size()) - 1];
}

bool looks_like_zip(std::string_view bytes) { return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

DocxText docx_to_text(std::string_view bytes, const std::string& file, const DocxLimits& limits) {
  if (!looks_like_zip(bytes))
    throw ParseError(file, 0, "файл не является документом Word (.docx): это не ZIP-архив");
  std::string xml = detail::read_zip_entry(bytes, "word/document.xml", file, limits);
  pugi::xml_document doc;
  const auto parsed = doc.load_buffer_inplace(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!parsed)
    throw ParseError(file, 0, "word/document.xml повреждён: некорректный XML в байте " + std::to_string(parsed.offset));
  const auto body = doc.child("w:document").child("w:body");
  if (!body) throw ParseError(file, 0, "word/document.xml не содержит тела документа (w:body)");
  std::vector<Line> lines;
  DocumentWalker(file).blocks(body, lines, false);
  DocxText out;
  for (const auto& l : lines) {
    out.text += l.text;
    out.text += '\n';
    out.paragraph_of_line.push_back(l.paragraph);
  }
  if (text::trim(out.text).empty()) throw ParseError(file, 0, "в документе нет текста");
  return out;
}

std::vector<TemplateDocument> parse_docx(std::string_view bytes, const std::string& file, const DocxLimits& limits) {
  const DocxText doc = docx_to_text(bytes, file, limits);
  std::vector<TemplateDocument> docs;
  try {
    docs = parse_template(doc.text, file);
  } catch (const ParseError& e) {
    throw ParseError(file, doc.paragraph(e.line()), e.reason(), e.section());
  }
  for (auto& d : docs) {
    d.first_line = doc.paragraph(d.first_line);
    d.practice.source = file + ":" + std::to_string(d.first_line);
    for (auto& s : d.sections) s.line = doc.paragraph(s.line);
  }
  return docs;
}

}  // namespace practice

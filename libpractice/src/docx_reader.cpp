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

// Collects lines of template text, remembering the paragraph each came from.
class TextBuilder {
 public:
  void line(std::string_view text, std::size_t paragraph) {
    out_.text.append(text);
    out_.text.push_back('\n');
    out_.paragraph_of_line.push_back(paragraph);
  }
  DocxText take() { return std::move(out_); }

 private:
  DocxText out_;
};

// The visible text of a paragraph: runs in order, inside hyperlinks, insertions, fields and
// content controls; soft breaks become '\n', tabs a space; deleted text is skipped.
void run_text(const pugi::xml_node& node, std::string& out) {
  for (const auto& child : node.children()) {
    if (is(child, "w:t")) {
      out += child.text().get();
    } else if (is(child, "w:tab") || is(child, "w:ptab")) {
      out += ' ';
    } else if (is(child, "w:br") || is(child, "w:cr")) {
      out += '\n';
    } else if (is(child, "w:noBreakHyphen")) {
      out += '-';
    } else if (is(child, "w:sym")) {
      continue;  // a symbol-font glyph: no Unicode text
    } else if (is(child, "w:pPr") || is(child, "w:rPr") || is(child, "w:del") || is(child, "w:delText") ||
               is(child, "w:instrText") || is(child, "w:moveFrom") || is(child, "w:fldData") || is(child, "w:sdtPr") ||
               is(child, "w:sdtEndPr") || is(child, "mc:Fallback")) {  // mc:Fallback repeats mc:Choice
      continue;
    } else {
      run_text(child, out);  // w:r, w:hyperlink, w:ins, w:smartTag, w:fldSimple, w:sdt, w:sdtContent …
    }
  }
}

std::string paragraph_text(const pugi::xml_node& p) {
  std::string s;
  run_text(p, s);
  return s;
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

class DocumentWalker {
 public:
  void body(const pugi::xml_node& node) {
    for (const auto& child : node.children()) {
      if (is(child, "w:p")) {
        paragraph(child);
      } else if (is(child, "w:tbl")) {
        table(child);
      } else if (is(child, "w:sdt")) {
        body(child.child("w:sdtContent"));
      } else if (is(child, "w:customXml")) {
        body(child);
      }
    }
  }
  DocxText take() { return lines_.take(); }
  bool has_text() const { return has_text_; }

 private:
  void paragraph(const pugi::xml_node& p) {
    const std::size_t number = ++paragraphs_;
    const std::string content = paragraph_text(p);
    const bool bullet = is_list_item(p, text::trim(content));
    bool first = true;
    for (std::string_view rest = content;;) {
      const auto nl = rest.find('\n');
      const std::string_view piece = text::trim(rest.substr(0, nl));
      note(piece);
      lines_.line(bullet && first && !piece.empty() ? "- " + std::string(piece) : std::string(piece), number);
      first = false;
      if (nl == std::string_view::npos) break;
      rest.remove_prefix(nl + 1);
    }
  }

  // The paragraphs of one cell, each counted, as trimmed lines (bullets kept).
  std::vector<std::string> cell(const pugi::xml_node& tc) {
    std::vector<std::string> out;
    for (const auto& p : tc.children()) {
      if (!is(p, "w:p")) continue;
      ++paragraphs_;
      const std::string content = paragraph_text(p);
      for (std::string_view rest = content;;) {
        const auto nl = rest.find('\n');
        const std::string_view piece = text::trim(rest.substr(0, nl));
        if (!piece.empty()) out.push_back(is_list_item(p, piece) ? "- " + std::string(piece) : std::string(piece));
        if (nl == std::string_view::npos) break;
        rest.remove_prefix(nl + 1);
      }
    }
    return out;
  }

  // A "field | value" row becomes "field: value" (the value's further paragraphs follow as
  // lines), or the heading and then the value when the field is a template heading; a wider
  // row becomes one line with its cells joined by "; ".
  void table(const pugi::xml_node& tbl) {
    for (const auto& tr : tbl.children("w:tr")) {
      const std::size_t number = paragraphs_ + 1;
      std::vector<std::vector<std::string>> cells;
      for (const auto& tc : tr.children("w:tc")) cells.push_back(cell(tc));
      if (cells.size() == 2 && !cells[0].empty()) {
        std::string field;
        for (const auto& part : cells[0]) field += (field.empty() ? "" : " ") + part;
        // A template heading in the first column (the whole template as a table) stays a
        // heading line, with the value's paragraphs below it.
        const bool heading = match_heading(field).has_value();
        if (!heading && field.back() != ':') field += ':';
        const bool value_is_list = !cells[1].empty() && cells[1].front().rfind("- ", 0) == 0;
        if (heading || cells[1].empty() || value_is_list) {
          emit(field, number);
        } else {
          emit(field + " " + cells[1].front(), number);
          cells[1].erase(cells[1].begin());
        }
        for (const auto& rest : cells[1]) emit(rest, number);
        continue;
      }
      std::string joined;
      for (const auto& c : cells) {
        std::string cell_text;
        for (const auto& part : c) cell_text += (cell_text.empty() ? "" : " ") + part;
        if (cell_text.empty()) continue;
        joined += (joined.empty() ? "" : "; ") + cell_text;
      }
      emit(joined, number);
    }
  }

  void emit(const std::string& line, std::size_t paragraph) {
    note(line);
    lines_.line(line, paragraph);
  }
  void note(std::string_view s) { has_text_ = has_text_ || !s.empty(); }

  TextBuilder lines_;
  std::size_t paragraphs_ = 0;
  bool has_text_ = false;
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
  DocumentWalker walker;
  walker.body(body);
  if (!walker.has_text()) throw ParseError(file, 0, "в документе нет текста");
  return walker.take();
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

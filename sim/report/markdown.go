package report

import (
	_ "embed"
	"io"
	"net/url"
	"strings"
	"text/template"
)

//go:embed report.md.tmpl
var mdSource string

var mdTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"md":        md,
	"code":      code,
	"para":      mdPara,
	"paras":     paras,
	"lower":     strings.ToLower,
	"short":     short,
	"num":       num,
	"hasPrefix": strings.HasPrefix,
	"inc":       func(i int) int { return i + 1 },
	"link":      func(prefix, id string) string { return (&url.URL{Path: prefix + id + ".png"}).String() },
	"mdjoin": func(ss []string, sep string) string {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = md(s)
		}
		return strings.Join(out, sep)
	},
	"cells": func(cs []string) string {
		out := make([]string, len(cs))
		for i, c := range cs {
			out[i] = md(c)
		}
		return "| " + strings.Join(out, " | ") + " |"
	},
	"bold": func(cs []string) string {
		out := make([]string, len(cs))
		for i, c := range cs {
			if out[i] = md(c); out[i] != "" {
				out[i] = "**" + out[i] + "**"
			}
		}
		return "| " + strings.Join(out, " | ") + " |"
	},
	"rule": func(n int) string { return "|" + strings.Repeat(" --- |", n) },
}).Parse(mdSource))

// Markdown writes the report as Markdown. Charts are linked as images named charts+ID+".png"
// (the caller writes Charts beside the file under those names). Every text of the scenario and
// the log is escaped, so none of it can become markup or HTML.
func (r *Report) Markdown(w io.Writer, charts string) error {
	return mdTemplate.Execute(w, struct {
		*Report
		ChartPrefix string
	}{r, charts})
}

// mdEscaper escapes what Markdown would read as markup, and what an HTML renderer of Markdown
// would read as tags or entities.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, `|`, `\|`, `#`, `\#`,
	`~`, `\~`, `!`, `\!`, `<`, `&lt;`, `>`, `&gt;`, `&`, `&amp;`,
)

// md escapes text for one line of Markdown: a table cell, a list item or a heading.
func md(s string) string { return mdEscaper.Replace(strings.Join(strings.Fields(s), " ")) }

// code renders s (an id) as a code span, as it is: Markdown reads no backslash escapes in a
// code span, so md's (stolen\_crypto) would show. Text that a code span cannot hold as it is (a
// backtick, or a pipe, which ends a table cell) is escaped text instead.
func code(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || strings.ContainsAny(s, "`|") {
		return md(s)
	}
	return "`" + s + "`"
}

// mdPara escapes a paragraph: as md, and a line start that would begin a list, a quote or a
// heading is escaped too.
func mdPara(s string) string {
	s = md(s)
	if s == "" {
		return s
	}
	switch s[0] {
	case '-', '+', '=':
		return `\` + s
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + `\` + s[i:]
	}
	return s
}

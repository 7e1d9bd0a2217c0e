package report

import (
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"strings"
)

//go:embed report.html.tmpl
var htmlSource string

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"lower":     strings.ToLower,
	"short":     short,
	"paras":     paras,
	"join":      strings.Join,
	"num":       num,
	"chart":     (*Report).chart,
	"hasPrefix": strings.HasPrefix,
	"inc":       func(i int) int { return i + 1 },
}).Parse(htmlSource))

// HTML writes the report as one self-contained HTML page, the charts embedded as data: URIs.
// Every text of the scenario and the log is escaped.
func (r *Report) HTML(w io.Writer) error {
	if err := r.RenderCharts(); err != nil {
		return err
	}
	return htmlTemplate.Execute(w, r)
}

// Src is the src attribute of an image of the chart: its PNG as a data: URI. It is built here,
// from base64 only, so the template need not escape it (escaping would turn every "+" into
// "&#43;").
func (c Chart) Src() template.HTMLAttr {
	return template.HTMLAttr(`src="data:image/png;base64,` + base64.StdEncoding.EncodeToString(c.PNG) + `"`)
}

// chart returns the chart with id, or nil.
func (r *Report) chart(id string) *Chart {
	for i := range r.Charts {
		if r.Charts[i].ID == id {
			return &r.Charts[i]
		}
	}
	return nil
}

// paras splits text into paragraphs at blank lines, each on one line.
func paras(s string) []string {
	var ps []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			ps = append(ps, p)
		}
	}
	return ps
}

// short abbreviates a hash.
func short(h string) string {
	if len(h) > 16 {
		return fmt.Sprintf("%s…", h[:16])
	}
	return h
}

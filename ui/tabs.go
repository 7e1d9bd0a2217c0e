package ui

import (
	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"
)

// Tab is one page of a tab book: the name its button is found by (Find),
// its label, and its keyboard shortcut (-1 for none).
type Tab struct {
	Name  string
	Label string
	Key   ebiten.Key
}

// tabRef is a tab of a book. ebitenui makes a book's buttons when the book
// is first validated, on the tree's first update, so the registry holds
// the book and its page and asks the book for the button.
type tabRef struct {
	book *widget.TabBook
	page *widget.TabBookTab
}

// button returns the tab's button, or nil before the book is validated.
func (r tabRef) button() *widget.Button { return r.book.GetTabButton(r.page) }

// TabBook returns ebitenui's tab book with a page per tab, tabs[initial]
// shown. Only the shown page is filled, by fill: a screen builds what it
// shows. Choosing another tab, by its button or its shortcut, fills that
// page at once (so no empty page is ever drawn) and then calls chosen,
// which is where a screen marks itself for a rebuild around the new page
// (chosen may be called twice for one choice).
func (w *Widgets) TabBook(tabs []Tab, initial int, fill func(i int) widget.PreferredSizeLocateableWidget, chosen func(i int), opts ...widget.WidgetOpt) *widget.TabBook {
	pages := make([]*widget.TabBookTab, len(tabs))
	filled := make([]bool, len(tabs))
	show := func(i int) {
		if filled[i] {
			return
		}
		filled[i] = true
		pages[i].AddChild(fill(i))
		// ebitenui lists neither a book's page nor its buttons among a
		// container's children; Texts finds them here.
		w.scrolled = append(w.scrolled, pages[i])
	}
	for i, tb := range tabs {
		pages[i] = widget.NewTabBookTab(
			widget.TabBookTabOpts.Label(keyLabel(tb.Label, tb.Key)),
			widget.TabBookTabOpts.ContainerOpts(widget.ContainerOpts.Layout(widget.NewGridLayout(
				widget.GridLayoutOpts.Columns(1),
				widget.GridLayoutOpts.Stretch([]bool{true}, []bool{true}),
			))),
		)
	}
	show(initial)
	book := widget.NewTabBook(
		widget.TabBookOpts.ContainerOpts(widget.ContainerOpts.WidgetOpts(opts...)),
		widget.TabBookOpts.Tabs(pages...),
		widget.TabBookOpts.InitialTab(pages[initial]),
		widget.TabBookOpts.TabSelectedHandler(func(args *widget.TabBookTabSelectedEventArgs) {
			// The book fires this when it is first validated too, with no
			// previous tab: that is no choice.
			if args.PreviousTab == nil {
				return
			}
			for i, p := range pages {
				if p == args.Tab {
					show(i)
					chosen(i)
				}
			}
		}),
	)
	for i, tb := range tabs {
		page := pages[i]
		if tb.Key >= 0 {
			// ebitenui runs the book's handlers on its next update; the
			// page is filled and chosen now, to be drawn this frame.
			w.Shortcut(tb.Key, false, func() { show(i); chosen(i); book.SetTab(page) })
		}
		w.tabs[tb.Name] = tabRef{book, page}
		w.order = append(w.order, tb.Name)
	}
	return book
}

// settleTabs runs after the tree's update, when the books have their
// buttons: it hands the buttons' Enter and Space to Update (as every
// button's), lists them for Texts, and gives a tab's button the focus a
// rebuild kept for it.
func (w *Widgets) settleTabs() {
	for _, name := range w.order {
		r, ok := w.tabs[name]
		if !ok {
			continue
		}
		b := r.button()
		if b == nil || b.DisableDefaultKeys {
			continue
		}
		b.DisableDefaultKeys = true
		w.scrolled = append(w.scrolled, b)
	}
	if w.pending != "" {
		if b, ok := w.Find(w.pending); ok {
			w.UI.SetFocusedWidget(b)
			w.pending = ""
		}
	}
}

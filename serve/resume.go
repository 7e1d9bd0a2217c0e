package serve

import (
	"errors"
	"fmt"
	"io/fs"

	"ttx/session"
)

// resume loads into g the game saved in cfg.Save and its seats' tokens: those saved beside the
// log, or with cfg.NewLinks a new one for every seat, whose links Links gives (the tokens file
// is then neither read nor needed, and the first save replaces it).
func (g *Game) resume(cfg Config) error {
	if cfg.Save == "" {
		return errors.New("resume needs the log to resume from")
	}
	s, err := session.LoadSession(g.sc, cfg.Save)
	if err != nil {
		return err
	}
	g.sess = s
	if cfg.NewLinks {
		g.tokens = &Tokens{}
		for _, st := range g.seats {
			g.links[st.name] = g.link(st.name)
		}
		return nil
	}
	t, err := LoadTokens(cfg.Save + ".tokens")
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("the seats' tokens: %s.tokens: no such file: a game resumes only with the tokens ttx serve --save wrote beside its log (a log of ttx run has none), %s", cfg.Save, newLinksHint)
	}
	if err != nil {
		return fmt.Errorf("the seats' tokens: %v; %s", err, newLinksHint)
	}
	if err := t.cover(g.SeatNames()); err != nil {
		return fmt.Errorf("the seats' tokens: %s.tokens: %v; %s", cfg.Save, err, newLinksHint)
	}
	g.tokens = t
	return nil
}

// newLinksHint is the way out of a resume refused for its tokens.
const newLinksHint = "or with a new link for every seat: --new-links (the old links no longer join)"

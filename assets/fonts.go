package assets

import (
	"bytes"
	"sync"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
)

// Font names one of the embedded Go fonts.
type Font int

// The embedded fonts.
const (
	Regular Font = iota // Go Regular, for body text
	Bold                // Go Bold, for titles and emphasis
	Mono                // Go Mono, for numbers and ids
)

var (
	sourcesOnce sync.Once
	sources     [3]*text.GoTextFaceSource
	sourcesErr  error
)

func loadSources() {
	for i, ttf := range [][]byte{goregular.TTF, gobold.TTF, gomono.TTF} {
		s, err := text.NewGoTextFaceSource(bytes.NewReader(ttf))
		if err != nil {
			sourcesErr = err
			return
		}
		sources[i] = s
	}
}

// Face returns a text face of font f at size pixels. Faces are cheap; the
// parsed fonts are shared. It panics only if the embedded fonts are
// corrupt, which a test rules out.
func Face(f Font, size float64) *text.GoTextFace {
	sourcesOnce.Do(loadSources)
	if sourcesErr != nil {
		panic("assets: embedded font: " + sourcesErr.Error())
	}
	if f < Regular || f > Mono {
		f = Regular
	}
	return &text.GoTextFace{Source: sources[f], Size: size}
}

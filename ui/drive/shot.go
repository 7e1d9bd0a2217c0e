package drive

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
)

// Pixels reads the offscreen screen back.
func (d *Driver[G]) Pixels() *image.RGBA {
	img := image.NewRGBA(d.screen.Bounds())
	d.screen.ReadPixels(img.Pix)
	return img
}

// Shot saves the screen as name.png in every folder of the driver and
// returns it.
func (d *Driver[G]) Shot(name string) (*image.RGBA, error) {
	img := d.Pixels()
	for _, dir := range d.dirs {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
		if err := writePNG(filepath.Join(dir, name+".png"), img); err != nil {
			return nil, err
		}
	}
	d.shots = append(d.shots, name)
	return img, nil
}

// Shots returns the names of the screenshots taken so far, in order.
func (d *Driver[G]) Shots() []string { return d.shots }

func writePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

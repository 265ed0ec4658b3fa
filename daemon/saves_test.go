package daemon

import (
	"errors"
	"slices"
	"testing"
)

func TestSaves(t *testing.T) {
	boom := errors.New("disk full")
	tests := []struct {
		name    string
		results []error // what each save returns; nil entries succeed
		panics  int     // index of a save that panics, or -1
		ran     []int
		wantErr bool
	}{
		{name: "none", panics: -1},
		{name: "all in order", results: []error{nil, nil, nil}, panics: -1, ran: []int{0, 1, 2}},
		{name: "stops after a failure", results: []error{nil, boom, nil}, panics: -1, ran: []int{0, 1}, wantErr: true},
		{name: "a panic is an error", results: []error{nil, nil}, panics: 0, ran: []int{0}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s saves
			var ran []int // written by the worker only; read after wait
			for i, res := range tt.results {
				s.add(func() error {
					ran = append(ran, i)
					if i == tt.panics {
						panic("bad row")
					}
					return res
				})
			}
			err := s.wait()
			if (err != nil) != tt.wantErr {
				t.Fatalf("wait() = %v, want error %v", err, tt.wantErr)
			}
			if !slices.Equal(ran, tt.ran) {
				t.Errorf("saves ran %v, want %v", ran, tt.ran)
			}
			if again := s.wait(); !errors.Is(again, err) && again != err {
				t.Errorf("second wait() = %v, want %v", again, err)
			}
		})
	}
}

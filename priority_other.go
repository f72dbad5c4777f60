//go:build !linux

package main

// lowerPriority does nothing where a thread's priority cannot be set
// apart from its process's: the parse behind the screen keeps the
// priority of the reader.
func lowerPriority() {}

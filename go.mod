module github.com/truce-dev/truce

go 1.26.0

console.log("prepare-db placeholder")
